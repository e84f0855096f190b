package io.offerbench.ui.compare;

import io.offerbench.domain.Offer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One offer in the compare view's check list, and whether it is ticked. */
public final class OfferChoice {

    private final Offer offer;
    private final BooleanProperty chosen;

    OfferChoice(Offer offer, boolean chosen) {
        this.offer = offer;
        this.chosen = new SimpleBooleanProperty(chosen);
    }

    public Offer offer() {
        return offer;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }
}
