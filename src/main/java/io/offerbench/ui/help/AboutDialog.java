package io.offerbench.ui.help;

import io.offerbench.ui.common.AppIcons;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import io.offerbench.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: what OfferBench is, its version, the five documents its figures come from, and the licences. */
public final class AboutDialog {

    static final int SOURCE_COUNT = 5;

    private AboutDialog() {
    }

    public static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("dialog.about.title"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add("about-dialog");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(600);
        dialog.showAndWait();
    }

    static VBox content() {
        ImageView icon = new ImageView(AppIcons.ofSize(64));
        Label name = new Label(Messages.get("about.name", AppVersion.get()));
        name.getStyleClass().add("about-name");
        Label summary = wrapped(Messages.get("dialog.about.text"));
        VBox heading = new VBox(4, name, summary);
        HBox top = new HBox(16, icon, heading);

        VBox sources = new VBox(4);
        for (int i = 1; i <= SOURCE_COUNT; i++) {
            sources.getChildren().add(wrapped("\u2022 " + Messages.get("about.source." + i)));
        }
        VBox licences = new VBox(2);
        for (String component : components()) {
            licences.getChildren().add(wrapped("\u2022 " + component));
        }
        VBox body = new VBox(6, section("about.sources.heading"), wrapped(Messages.get("about.sources.text")), sources,
                section("about.licences.heading"), licences);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(330);
        scroll.getStyleClass().add("about-scroll");
        VBox all = new VBox(14, top, scroll);
        all.setPadding(new Insets(4));
        return all;
    }

    /** The libraries and fonts inside OfferBench with their licences (names, the same in every language). */
    static List<String> components() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("licences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Label section(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add("about-heading");
        return heading;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
