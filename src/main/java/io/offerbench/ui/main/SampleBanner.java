package io.offerbench.ui.main;

import io.offerbench.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bar over a sample comparison: it says these are not the user's offers, and leads back or removes them. */
final class SampleBanner {

    private SampleBanner() {
    }

    static HBox create(Runnable back, Runnable remove) {
        Label text = new Label(Messages.get("sample.banner"));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button backButton = new Button(Messages.get("sample.back"));
        backButton.setId("sampleBackButton");
        backButton.setOnAction(e -> back.run());
        Button removeButton = new Button(Messages.get("sample.remove"));
        removeButton.setId("sampleRemoveButton");
        removeButton.setOnAction(e -> remove.run());
        for (Button b : new Button[] {backButton, removeButton}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, text, backButton, removeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("sampleBanner");
        bar.getStyleClass().add("sample-banner");
        return bar;
    }
}
