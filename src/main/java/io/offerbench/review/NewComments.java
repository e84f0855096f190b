package io.offerbench.review;

import io.offerbench.exchange.SharedOffer;
import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.ReviewRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments that are on the offers now but were not in the review snapshot. Compared by content
 * (offer, author, role, text, time) rather than by clock, so a comment imported from a student's
 * file with an older time still counts as new to this review, and a deleted one does not.
 */
final class NewComments {

    private record Key(long offerId, String author, ReviewRole role, String body, Instant createdAt) {
        static Key of(ReviewComment c) {
            return new Key(c.offerId(), c.author(), c.role(), c.body(), c.createdAt());
        }
    }

    private NewComments() {
    }

    /** Oldest first. */
    static List<NewComment> since(List<SharedOffer> then, List<SharedOffer> now) {
        Map<Key, Integer> seen = new HashMap<>();
        then.forEach(o -> o.comments().forEach(c -> seen.merge(Key.of(withOffer(c, o)), 1, Integer::sum)));
        List<NewComment> out = new ArrayList<>();
        for (SharedOffer o : now) {
            for (ReviewComment c : o.comments()) {
                Key key = Key.of(withOffer(c, o));
                // Counted, so the same remark written twice since the review is two new comments.
                if (seen.merge(key, -1, Integer::sum) < 0) {
                    out.add(new NewComment(o.offer().label(), c));
                }
            }
        }
        out.sort(Comparator.comparing((NewComment n) -> n.comment().createdAt()).thenComparingLong(n -> n.comment().id()));
        return out;
    }

    /** Comments travel inside their offer; the offer's id is the one that counts. */
    private static ReviewComment withOffer(ReviewComment c, SharedOffer o) {
        return c.offerId() == o.offer().id() ? c
                : c.on(c.id(), o.offer().id());
    }
}
