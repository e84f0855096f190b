package io.offerbench.review;

import io.offerbench.domain.OfferChanges;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What review mode knows about the last review: none yet, one it cannot read, or what changed since. */
public sealed interface SinceLastReview {

    /** The comparison has never been marked as reviewed. */
    record NotReviewed() implements SinceLastReview {
    }

    /**
     * The last review's snapshot cannot be read by this version (made by a newer OfferBench, or
     * damaged). It is kept as it is; a new mark starts a fresh comparison point.
     */
    record Unreadable(Instant reviewedAt, String reason) implements SinceLastReview {
    }

    /**
     * What changed since the review at {@code reviewedAt}.
     *
     * @param offers         added, removed and changed offers, each changed field with before and after
     * @param comments       comments written since, oldest first
     * @param weights        the name of the weight profile both states were scored with; empty when
     *                       they were not scored ({@link ReviewMode#sinceLastReviewUnscored})
     * @param scoreMoves     every offer's rank and total then and now, in current rank order
     * @param scoringProblem why the offers could not be scored (empty when they were; moves are then empty)
     */
    record Changes(Instant reviewedAt, List<OfferChanges.Change> offers, List<NewComment> comments, String weights,
            List<ScoreMove> scoreMoves, String scoringProblem) implements SinceLastReview {

        public Changes {
            offers = List.copyOf(offers);
            comments = List.copyOf(comments);
            scoreMoves = List.copyOf(scoreMoves);
        }

        public long count(OfferChanges.Kind kind) {
            return offers.stream().filter(c -> c.kind() == kind).count();
        }

        public boolean isEmpty() {
            return offers.isEmpty() && comments.isEmpty();
        }

        /** Offers that exist now and are new or changed since the review, by id: the offers table marks them. */
        public Map<Long, OfferChanges.Kind> markedOffers() {
            Map<Long, OfferChanges.Kind> out = new LinkedHashMap<>();
            offers.stream().filter(c -> c.kind() != OfferChanges.Kind.REMOVED).forEach(c -> out.put(c.offerId(), c.kind()));
            return out;
        }

        public List<ScoreMove> moved() {
            return scoreMoves.stream().filter(ScoreMove::moved).toList();
        }
    }
}
