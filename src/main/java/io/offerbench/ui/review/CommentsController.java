package io.offerbench.ui.review;

import io.offerbench.domain.ReviewRole;
import io.offerbench.domain.ReviewComment;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Messages;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The review comments under the offer editor: the list, and a small form to add one or change one's text. */
public final class CommentsController {


    private final CommentsViewModel model;

    @FXML private ListView<ReviewComment> commentList;
    @FXML private TextField authorField;
    @FXML private ComboBox<ReviewRole> roleBox;
    @FXML private TextArea commentField;
    @FXML private Label commentMessage;
    @FXML private Button deleteCommentButton;
    @FXML private Button addCommentButton;
    @FXML private Button editCommentButton;
    @FXML private Button cancelEditButton;

    public CommentsController(CommentsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        commentList.setItems(model.comments());
        commentList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewComment c, boolean empty) {
                super.updateItem(c, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || c == null ? null : Messages.get("review.line", c.author(),
                        EnumLabels.of(c.role()), when(c), c.body()));
            }
        });
        authorField.textProperty().bindBidirectional(model.authorProperty());
        roleBox.getItems().setAll(ReviewRole.values());
        roleBox.setConverter(EnumLabels.converter(""));
        roleBox.valueProperty().bindBidirectional(model.roleProperty());
        commentField.textProperty().bindBidirectional(model.bodyProperty());
        commentMessage.textProperty().bind(model.messageProperty());
        deleteCommentButton.disableProperty().bind(commentList.getSelectionModel().selectedItemProperty().isNull());
        editCommentButton.disableProperty().bind(commentList.getSelectionModel().selectedItemProperty().isNull()
                .or(model.editingProperty().isNotNull()));
        // While a comment is being edited the form's button saves it, and Cancel leaves it as it was.
        addCommentButton.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingProperty().isNull())
                .then(Messages.get("review.add")).otherwise(Messages.get("review.saveEdit")));
        cancelEditButton.visibleProperty().bind(model.editingProperty().isNotNull());
        cancelEditButton.managedProperty().bind(cancelEditButton.visibleProperty());
        commentList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && commentList.getSelectionModel().getSelectedItem() != null) {
                onEdit();
            }
        });
    }

    /** A moment in the one date style of the language shown (text.Formats): "2026-12-01 10:00", "2026年12月1日 10:00". */
    private static String when(java.time.Instant at) {
        return io.offerbench.text.Formats.dateTime(java.time.LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
    }

    /** "2026-12-01 10:00", or "2026-12-01 10:00, edited 2026-12-02 14:05" once its text was changed. */
    static String when(ReviewComment c) {
        String written = when(c.createdAt());
        return c.edited() ? Messages.get("review.when.edited", written, when(c.editedAt())) : written;
    }

    public void show(long offerId) {
        model.show(offerId);
    }

    @FXML
    private void onAdd() {
        model.add();
    }

    @FXML
    private void onEdit() {
        ReviewComment selected = commentList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.edit(selected);
            commentField.requestFocus();
        }
    }

    @FXML
    private void onCancelEdit() {
        model.cancelEdit();
    }

    @FXML
    private void onDelete() {
        ReviewComment selected = commentList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.delete(selected);
        }
    }
}
