package io.offerbench.ui.currencies;

import static io.offerbench.ui.common.Visibility.showWhen;

import io.offerbench.ui.common.CheckedText;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/** How this screen's forms show a field's message: under the field, as soon as something wrong is typed. */
final class FormBinding {

    private FormBinding() {
    }

    /** A field left empty is reported in the summary after a save attempt, not while the form is fresh. */
    static void bind(TextInputControl control, Label error, CheckedText<?> field) {
        control.textProperty().bindBidirectional(field.textProperty());
        error.textProperty().bind(field.errorProperty());
        showWhen(error, field.errorProperty().isNotEmpty().and(field.textProperty().isNotEmpty()));
    }

}
