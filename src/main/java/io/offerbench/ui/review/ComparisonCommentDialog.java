package io.offerbench.ui.review;

import io.offerbench.ui.common.Messages;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Review › Comment on the comparison…: one text on the whole comparison, apart from the comments on each offer. OK
 * saves it (or keeps the dialog open with the reason when it cannot be stored); Cancel leaves it as it was.
 */
public final class ComparisonCommentDialog {

    private ComparisonCommentDialog() {
    }

    public static void show(Window owner, ComparisonCommentViewModel model, Consumer<String> status) {
        model.load(() -> open(owner, model, status));
    }

    private static void open(Window owner, ComparisonCommentViewModel model, Consumer<String> status) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("review.comparison.title"));
        dialog.setHeaderText(Messages.get("review.comparison.header"));
        TextArea text = new TextArea();
        text.setId("comparisonCommentField");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPromptText(Messages.get("review.comparison.prompt"));
        text.textProperty().bindBidirectional(model.textProperty());
        Label problem = new Label();
        problem.setId("comparisonCommentProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.messageProperty());
        problem.visibleProperty().bind(model.messageProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        dialog.getDialogPane().setContent(new VBox(6, text, problem));
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save(status)) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> text.requestFocus());
        dialog.showAndWait();
        text.textProperty().unbindBidirectional(model.textProperty());
    }
}
