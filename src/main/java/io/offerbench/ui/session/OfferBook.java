package io.offerbench.ui.session;

import io.offerbench.domain.Offer;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * The open comparison's offers, as a screen needs them: the list (changed only on the FX thread, after the database
 * accepted the change) and the ways to change it. A port of {@link Workspace}, so a view model that needs only the
 * offers is handed only this.
 */
public interface OfferBook {

    ObservableList<Offer> offers();

    /** Saves in the background; the list shows the new state only once it is in the database. */
    void save(Offer offer, Consumer<Offer> onSaved);

    void delete(Offer offer, Runnable onDeleted);

    /** Offers already saved (an import): shown in the list. */
    void addAll(List<Offer> saved);

    void reloadOffers(Runnable then);
}
