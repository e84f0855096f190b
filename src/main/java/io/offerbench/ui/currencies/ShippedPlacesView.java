package io.offerbench.ui.currencies;

import io.offerbench.ui.currencies.ShippedFigures.Place;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Wires a list of shipped places and the pane beside it that shows the chosen place's figures and sources. */
final class ShippedPlacesView {

    private ShippedPlacesView() {
    }

    static void bind(ListView<Place> list, VBox detail, ShippedPlacesViewModel model) {
        list.setItems(model.places());
        list.setCellFactory(l -> new ListCell<>() {
            {
                // A long name ("Paris, Amsterdam, Montreal, …") wraps in the narrow list instead of ending in "…".
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Place place, boolean empty) {
                super.updateItem(place, empty);
                setText(empty || place == null ? null : place.label());
                pseudoClassStateChanged(LEFT_OUT, !empty && place != null && place.leftOut());
            }
        });
        list.getSelectionModel().select(model.chosenProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> model.choose(now));
        FigureLines.show(detail, model.detail());
        model.detail().addListener((ListChangeListener<ShippedFigures.Line>) c -> FigureLines.show(detail, model.detail()));
    }

    private static final javafx.css.PseudoClass LEFT_OUT = javafx.css.PseudoClass.getPseudoClass("left-out");
}
