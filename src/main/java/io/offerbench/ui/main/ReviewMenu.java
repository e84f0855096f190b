package io.offerbench.ui.main;

import static io.offerbench.ui.main.MenuItems.item;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Review: mark the comparison as reviewed, and the changes since the last review (issue: review mode). */
final class ReviewMenu {

    private final MenuItem mark;
    private final MenuItem changes;
    private final MenuItem comparisonComment;
    private OpenComparison open;

    ReviewMenu(Menu menu) {
        mark = item("markReviewedItem", "menu.review.mark", "Shortcut+Shift+R", () -> open.review().markReviewed());
        changes = item("changesSinceReviewItem", "menu.review.changes", "Shortcut+R", () -> open.review().showChanges());
        comparisonComment = item("comparisonCommentItem", "menu.review.comparisonComment", () -> open.review().commentOnComparison());
        mark.setDisable(true);
        changes.setDisable(true);
        comparisonComment.setDisable(true);
        menu.getItems().setAll(mark, changes, comparisonComment);
    }

    void attach(OpenComparison opened) {
        this.open = opened;
        mark.setDisable(false);
        changes.setDisable(false);
        comparisonComment.setDisable(false);
    }
}
