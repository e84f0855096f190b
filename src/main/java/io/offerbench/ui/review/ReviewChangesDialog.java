package io.offerbench.ui.review;

import io.offerbench.ui.common.Messages;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows a {@link ReviewChangesReport}: offers, rank and score, new comments, each under its heading, in a scrolling pane. */
final class ReviewChangesDialog {

    private ReviewChangesDialog() {
    }

    static void show(Window owner, ReviewChangesReport report, boolean nothingChanged) {
        VBox body = new VBox(6);
        body.setId("reviewChanges");
        body.getStyleClass().add("review-changes");
        if (nothingChanged) {
            body.getChildren().add(text(Messages.get("review.mode.dialog.nothing"), "review-none"));
        } else {
            body.getChildren().add(heading("review.mode.section.offers"));
            if (report.offers().isEmpty()) {
                body.getChildren().add(text(Messages.get("review.mode.offers.none"), "review-none"));
            }
            report.offers().forEach(block -> body.getChildren().addAll(offer(block)));
            body.getChildren().add(heading("review.mode.section.scores"));
            body.getChildren().add(text(report.scoresNote(), "muted"));
            lines(body, report.scores(), "review.mode.scores.none");
            body.getChildren().add(heading("review.mode.section.comments"));
            lines(body, report.comments(), "review.mode.comments.none");
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(640);
        scroll.setPrefViewportHeight(Math.min(520, 120 + 26 * body.getChildren().size()));

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("review.mode.dialog.title"));
        dialog.setHeaderText(report.header());
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets()); // same look as the window
        }
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    private static List<Node> offer(ReviewChangesReport.OfferBlock block) {
        Label title = text(block.title(), "review-offer-title");
        if (block.fields().isEmpty()) {
            return List.of(title);
        }
        GridPane fields = new GridPane();
        fields.getStyleClass().add("review-fields");
        fields.setHgap(12);
        fields.setVgap(2);
        for (int row = 0; row < block.fields().size(); row++) {
            ReviewChangesReport.FieldLine line = block.fields().get(row);
            fields.addRow(row, text(line.label(), "muted"), text(line.change(), "review-change"));
        }
        return List.of(title, fields);
    }

    private static void lines(VBox body, List<String> lines, String noneKey) {
        if (lines.isEmpty()) {
            body.getChildren().add(text(Messages.get(noneKey), "review-none"));
        }
        lines.forEach(l -> body.getChildren().add(text(l, "review-line")));
    }

    private static Label heading(String key) {
        return text(Messages.get(key), "section-title");
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
