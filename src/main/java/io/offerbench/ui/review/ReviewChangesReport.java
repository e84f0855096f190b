package io.offerbench.ui.review;

import io.offerbench.domain.OfferChanges;
import io.offerbench.domain.ReviewRole;
import io.offerbench.review.NewComment;
import io.offerbench.review.ScoreMove;
import io.offerbench.review.SinceLastReview;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Messages;
import java.time.ZoneId;
import java.util.List;

/**
 * The changes dialog's content as plain text, built apart from the controls so it can be checked
 * without a window: one block per offer (each changed field as label and "before → after"), the
 * rank and score moves with the note on what they leave out, and the new comments.
 */
record ReviewChangesReport(String header, List<OfferBlock> offers, String scoresNote, List<String> scores,
        List<String> comments) {

    /** One offer: its title ("New: …", "Removed: …" or its name), and for a changed offer the fields. */
    record OfferBlock(String title, List<FieldLine> fields) {
    }

    record FieldLine(String label, String change) {
    }

    static ReviewChangesReport of(SinceLastReview.Changes c, ZoneId zone) {
        return new ReviewChangesReport(
                Messages.get("review.mode.dialog.header", ReviewTexts.when(c.reviewedAt(), zone)),
                c.offers().stream().map(ReviewChangesReport::block).toList(),
                c.scoringProblem().isEmpty() ? Messages.get("review.mode.scores.note", c.weights())
                        : Messages.get("review.mode.scores.problem", c.scoringProblem()),
                c.moved().stream().map(ReviewChangesReport::move).toList(),
                c.comments().stream().map(n -> comment(n, zone)).toList());
    }

    private static OfferBlock block(OfferChanges.Change change) {
        return switch (change.kind()) {
            case ADDED -> new OfferBlock(Messages.get("review.mode.offer.added", change.offer()), List.of());
            case REMOVED -> new OfferBlock(Messages.get("review.mode.offer.removed", change.offer()), List.of());
            case CHANGED -> new OfferBlock(change.offer(), change.fields().stream()
                    .map(f -> new FieldLine(ReviewFieldLabels.of(f.field()), Messages.get("review.mode.change",
                            ReviewFieldValues.show(f.field(), f.before()), ReviewFieldValues.show(f.field(), f.after()))))
                    .toList());
        };
    }

    private static String move(ScoreMove m) {
        if (m.isNew()) {
            return Messages.get("review.mode.score.new", m.offer(), m.rankNow(), m.totalNow().toPlainString());
        }
        if (m.isRemoved()) {
            return Messages.get("review.mode.score.removed", m.offer(), m.rankThen(), m.totalThen().toPlainString());
        }
        if (m.rankThen().equals(m.rankNow())) {
            return Messages.get("review.mode.score.sameRank", m.offer(), m.rankNow(), m.totalThen().toPlainString(),
                    m.totalNow().toPlainString());
        }
        return Messages.get("review.mode.score.moved", m.offer(), m.rankThen(), m.rankNow(), m.totalThen().toPlainString(),
                m.totalNow().toPlainString());
    }

    private static String when(io.offerbench.domain.ReviewComment c, ZoneId zone) {
        String written = ReviewTexts.when(c.createdAt(), zone);
        return c.edited() ? Messages.get("review.when.edited", written, ReviewTexts.when(c.editedAt(), zone)) : written;
    }

    private static String comment(NewComment n, ZoneId zone) {
        return Messages.get("review.mode.comment", n.comment().author(), EnumLabels.of(n.comment().role()),
                when(n.comment(), zone), n.offer(), n.comment().body());
    }
}
