package io.offerbench.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;

/** A choice box of an enum's constants, shown by their labels in the current language and bound to a property. */
public final class EnumChoice {

    private EnumChoice() {
    }

    /**
     * @param blankText what "nothing chosen" reads (a filter's "All", an optional field's "Not entered")
     * @param blankItem whether "nothing chosen" is an item of the list, or only what the box shows before a choice
     */
    public static <E extends Enum<E>> void bind(ComboBox<E> box, ObjectProperty<E> property, E[] values, String blankText,
            boolean blankItem) {
        List<E> items = new ArrayList<>(Arrays.asList(values));
        if (blankItem) {
            items.add(0, null);
        }
        box.getItems().setAll(items);
        box.setPromptText(blankText);
        box.setConverter(EnumLabels.converter(blankText));
        box.setButtonCell(new WholeTextCell<>(box));
        box.valueProperty().bindBidirectional(property);
    }

    /**
     * The box's face: its choice's label, with the whole label in a tooltip, since a long one ("Late-stage private, with
     * tender offers") is cut to "…" in a narrow window.
     */
    private static final class WholeTextCell<E> extends javafx.scene.control.ListCell<E> {

        private final ComboBox<E> box;
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        WholeTextCell(ComboBox<E> box) {
            this.box = box;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            // "Nothing chosen" as an item of the list reads as its text ("Segment: all", "Not entered"), not as a blank.
            String text = empty ? null : box.getConverter().toString(item);
            setText(text);
            tip.setText(text == null ? "" : text);
            setTooltip(text == null || text.isEmpty() ? null : tip);
        }
    }
}
