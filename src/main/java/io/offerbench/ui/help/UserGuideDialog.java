package io.offerbench.ui.help;

import io.offerbench.text.Texts;
import io.offerbench.ui.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help > User guide: docs/user-guide.md (copied into the jar by the build), shown as headings, paragraphs and
 * numbered steps. A translated guide (docs/user-guide.zh-CN.md) is used when there is one for the window's language.
 */
public final class UserGuideDialog {

    private UserGuideDialog() {
    }

    public static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("guide.title"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add("guide-dialog");
        ScrollPane scroll = new ScrollPane(render(guideText()));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(680);
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    static String guideText() {
        String translated = "user-guide." + Texts.language().locale().toLanguageTag() + ".md"; // docs/user-guide.zh-CN.md
        InputStream in = UserGuideDialog.class.getResourceAsStream(translated);
        if (in == null) {
            in = UserGuideDialog.class.getResourceAsStream("user-guide.md");
        }
        try (InputStream guide = in) {
            return new String(guide.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Markdown's headings, paragraphs and list items, one label each (links and code marks shown as text). */
    static VBox render(String markdown) {
        VBox page = new VBox(6);
        StringBuilder block = new StringBuilder();
        for (String line : markdown.lines().toList()) {
            boolean starts = line.startsWith("#") || line.matches("\\d+\\. .*") || line.startsWith("- ");
            if (line.isBlank() || starts) {
                flush(page, block);
            }
            if (!line.isBlank()) {
                block.append(block.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        flush(page, block);
        return page;
    }

    private static void flush(VBox page, StringBuilder block) {
        if (block.length() == 0) {
            return;
        }
        String text = block.toString();
        block.setLength(0);
        String style = text.startsWith("## ") ? "guide-heading" : text.startsWith("# ") ? "guide-title" : "guide-text";
        text = text.replaceFirst("^#+ ", "").replaceAll("\\*\\*([^*]+)\\*\\*", "$1").replaceAll("\\*([^*]+)\\*", "$1")
                .replace("`", "").replaceAll("\\[([^\\]]+)\\]\\([^)]+\\)", "$1").replace("\\$", "$");
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        if (text.matches("\\d+\\. .*") || text.startsWith("- ")) {
            label.setStyle("-fx-padding: 0 0 0 14;");
        }
        page.getChildren().add(label);
    }
}
