package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The offers list as the table shows it: filtered by free text, status and employer type. */
public final class OffersViewModel {

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<OfferStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<OfferType> type = new SimpleObjectProperty<>();
    private final FilteredList<Offer> visible;

    public OffersViewModel(ObservableList<Offer> offers) {
        visible = new FilteredList<>(offers);
        search.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        type.addListener((o, a, b) -> refilter());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<OfferStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<OfferType> typeProperty() {
        return type;
    }

    public FilteredList<Offer> visibleOffers() {
        return visible;
    }

    private void refilter() {
        String s = search.get();
        OfferStatus st = status.get();
        OfferType t = type.get();
        visible.setPredicate(o -> matches(o, s, st, t));
    }

    /** Free text matches company, role, city, country or notes, ignoring case; null filters match all. */
    static boolean matches(Offer offer, String text, OfferStatus status, OfferType type) {
        if (status != null && offer.status() != status) {
            return false;
        }
        if (type != null && offer.type() != type) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(offer.company(), needle) || contains(offer.roleTitle(), needle)
                || contains(offer.location().city(), needle) || contains(offer.location().country(), needle)
                || contains(offer.notes(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
