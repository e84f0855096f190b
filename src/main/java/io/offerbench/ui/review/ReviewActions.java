package io.offerbench.ui.review;

import io.offerbench.review.SinceLastReview;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.Messages;
import java.time.Clock;
import java.time.ZoneId;
import javafx.stage.Window;

/**
 * The Review menu's commands and the offers tab's "Show changes" link. Edits still waiting for the
 * editor's autosave are flushed first, so a mark or a list of changes includes what was just typed.
 */
public final class ReviewActions {

    private final ReviewViewModel model;
    private final Workspace workspace;
    private final Window owner;
    private final Runnable flushEdits;
    private final ZoneId zone;

    public ReviewActions(Workspace workspace, Window owner, Runnable flushEdits, Clock clock) {
        this.model = new ReviewViewModel(workspace, workspace, workspace.work(), workspace.database(), clock);
        this.workspace = workspace;
        this.owner = owner;
        this.flushEdits = flushEdits;
        this.zone = clock.getZone();
    }

    public ReviewViewModel model() {
        return model;
    }

    public void markReviewed() {
        flushEdits.run();
        model.markReviewed();
    }

    public void showChanges() {
        flushEdits.run();
        workspace.setStatus(Messages.get("review.mode.looking"));
        model.lookNow(this::show);
    }

    /** Review › Comment on the comparison…: the comment on the comparison as a whole, printed atop the report. */
    public void commentOnComparison() {
        ComparisonCommentDialog.show(owner, new ComparisonCommentViewModel(workspace.work(), workspace.database()), workspace::setStatus);
    }

    private void show(SinceLastReview state) {
        workspace.setStatus(ReviewTexts.banner(state, zone));
        if (state instanceof SinceLastReview.NotReviewed) {
            Dialogs.info(owner, Messages.get("review.mode.notReviewed.title"), Messages.get("review.mode.notReviewed.text"));
        } else if (state instanceof SinceLastReview.Unreadable u) {
            Dialogs.error(owner, Messages.get("review.mode.unreadable.title"),
                    Messages.get("review.mode.unreadable.text", ReviewTexts.when(u.reviewedAt(), zone), u.reason()));
        } else if (state instanceof SinceLastReview.Changes c) {
            ReviewChangesDialog.show(owner, ReviewChangesReport.of(c, zone), c.isEmpty());
        }
    }
}
