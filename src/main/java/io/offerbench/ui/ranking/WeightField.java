package io.offerbench.ui.ranking;

import io.offerbench.domain.Criterion;
import io.offerbench.ui.common.Messages;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/**
 * The number box beside a weight's slider: shows the weight, and takes a typed one on Enter or when focus leaves.
 * Only digits get in (three at most); a value the editor refuses (above 100) is put back and the editor says why.
 */
final class WeightField {

    private WeightField() {
    }

    static TextField of(Criterion c, WeightsEditorViewModel weights) {
        DoubleProperty weight = weights.slider(c);
        TextField field = new TextField(shown(weight.get()));
        field.setId("weightValue-" + c.code());
        field.setPrefColumnCount(3);
        field.setMinWidth(44);
        field.setMaxWidth(52);
        field.getStyleClass().add("weight-value");
        field.setAccessibleText(Messages.get("weights.field", Messages.get("criterion." + c.name())));
        field.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("[0-9]{0,3}") ? change : null));
        weight.addListener((o, a, now) -> {
            if (!field.isFocused() || !field.getText().equals(shown(now.doubleValue()))) {
                field.setText(shown(now.doubleValue()));
            }
        });
        Runnable take = () -> {
            if (!field.getText().equals(shown(weight.get())) && !weights.enter(c, field.getText())) {
                field.setText(shown(weight.get()));
            }
        };
        field.setOnAction(e -> take.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                take.run();
            }
        });
        return field;
    }

    private static String shown(double weight) {
        return String.valueOf(Math.round(weight));
    }
}
