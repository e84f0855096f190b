package io.offerbench.ui.main;

import io.offerbench.ui.common.AppIcons;
import io.offerbench.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * What an empty database opens on: the sample comparison to look around in (apart from real offers), or the
 * first offer of one's own. A card over the empty offers tab until an offer exists, the user chooses, or they
 * click or type elsewhere in the window.
 */
final class WelcomePage {

    private final VBox root;
    private final Button first;

    WelcomePage(Runnable openSample, Runnable firstOffer) {
        Label title = new Label(Messages.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label text = wrapped(Messages.get("welcome.text"));
        Button sample = new Button(Messages.get("welcome.sample"));
        sample.setId("openSampleButton");
        sample.setOnAction(e -> openSample.run());
        Label sampleText = wrapped(Messages.get("welcome.sample.text"));
        sampleText.getStyleClass().add("muted");
        first = new Button(Messages.get("welcome.first"));
        first.setId("firstOfferButton");
        first.getStyleClass().add("accent");
        first.setDefaultButton(true);
        first.setOnAction(e -> firstOffer.run());
        Label drop = wrapped(Messages.get("welcome.drop"));
        drop.getStyleClass().add("muted");
        for (Button b : new Button[] {sample, first}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("welcome-button");
        }
        VBox card = new VBox(12, new ImageView(AppIcons.ofSize(96)), title, text, first, sample, sampleText, drop);
        card.setAlignment(Pos.CENTER);
        card.setMaxWidth(520);
        card.getStyleClass().add("welcome-card");
        root = new VBox(card);
        root.setAlignment(Pos.CENTER);
        // A card over the empty offers tab: clicks beside it reach the tab (New offer, the menus' targets).
        root.setPickOnBounds(false);
        root.setId("welcomePage");
        root.getStyleClass().add("welcome-page");
    }

    /** Enter (or Space) on the welcome page starts the first offer. */
    void focusFirstOffer() {
        javafx.application.Platform.runLater(first::requestFocus);
    }

    VBox root() {
        return root;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setAlignment(Pos.CENTER);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return label;
    }
}
