package io.offerbench.ui.review;

import io.offerbench.domain.OfferChanges.Kind;
import io.offerbench.review.SinceLastReview;
import io.offerbench.text.Formats;
import io.offerbench.ui.common.Messages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The short texts of review mode: when the review was, and the one-line summary the offers tab shows. */
final class ReviewTexts {

    private ReviewTexts() {
    }

    /** "2026-11-20 14:05", "2026年11月20日 14:05": the one date style of the language shown (text.Formats). */
    static String when(Instant at, ZoneId zone) {
        return Formats.dateTime(LocalDateTime.ofInstant(at, zone));
    }

    /** The offers tab's line; empty before the first look, so nothing flashes while the database opens. */
    static String banner(SinceLastReview state, ZoneId zone) {
        if (state == null) {
            return "";
        }
        if (state instanceof SinceLastReview.NotReviewed) {
            return Messages.get("review.mode.banner.notReviewed");
        }
        if (state instanceof SinceLastReview.Unreadable u) {
            return Messages.get("review.mode.banner.unreadable", when(u.reviewedAt(), zone));
        }
        SinceLastReview.Changes c = (SinceLastReview.Changes) state;
        return Messages.get("review.mode.banner.reviewed", when(c.reviewedAt(), zone), counts(c));
    }

    /** "2 offers changed, 1 new offer, 3 new comments", or "no changes since". */
    static String counts(SinceLastReview.Changes c) {
        List<String> parts = new ArrayList<>();
        add(parts, "review.mode.count.changed", c.count(Kind.CHANGED));
        add(parts, "review.mode.count.added", c.count(Kind.ADDED));
        add(parts, "review.mode.count.removed", c.count(Kind.REMOVED));
        add(parts, "review.mode.count.comments", c.comments().size());
        return parts.isEmpty() ? Messages.get("review.mode.banner.noChanges") : String.join(", ", parts);
    }

    private static void add(List<String> parts, String key, long n) {
        if (n > 0) {
            parts.add(Messages.get(key, n));
        }
    }
}
