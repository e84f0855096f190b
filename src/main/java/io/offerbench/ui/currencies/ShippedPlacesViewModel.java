package io.offerbench.ui.currencies;

import io.offerbench.ui.currencies.ShippedFigures.Line;
import io.offerbench.ui.currencies.ShippedFigures.Place;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of shipped places and the one chosen (the tax tables' or the cost-of-living indices'): the screen shows
 * the list beside the chosen place's figures with their sources, so a place is found by name instead of by
 * scrolling through every place's tables. The first place is chosen until the user picks another.
 */
public final class ShippedPlacesViewModel {

    private final ObservableList<Place> places;
    private final ReadOnlyObjectWrapper<Place> chosen = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Line> detail = FXCollections.observableArrayList();

    public ShippedPlacesViewModel(List<Place> places) {
        this.places = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(places));
        choose(places.isEmpty() ? null : places.get(0));
    }

    public ObservableList<Place> places() {
        return places;
    }

    public ReadOnlyObjectProperty<Place> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The chosen place's lines: its name, its figures and each figure's source, year and date read. */
    public ObservableList<Line> detail() {
        return detail;
    }

    public void choose(Place place) {
        if (place == null || place == chosen.get()) {
            return;
        }
        chosen.set(place);
        detail.setAll(place.lines());
    }
}
