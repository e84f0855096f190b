package io.offerbench.review;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.domain.WeightProfile;
import io.offerbench.exchange.Comparison;
import io.offerbench.exchange.ComparisonFormatException;
import io.offerbench.exchange.ComparisonSnapshot;
import io.offerbench.exchange.SharedOffer;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.store.Database;
import io.offerbench.store.ReviewMarkRepository.ReviewMark;
import io.offerbench.store.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Review mode: "we looked at the comparison now" and "what changed since we last looked". Pure
 * apart from the database, so the window and a future command share it; the window calls it on its
 * database lane.
 */
public final class ReviewMode {

    private ReviewMode() {
    }

    /** Records a review at {@code at}: the snapshot is read and stored in one transaction, so no edit falls between them. */
    public static ReviewMark markReviewed(Database db, Instant at) {
        return db.inTransaction(c -> db.reviewMarks().add(at, ReviewSnapshot.write(ComparisonSnapshot.of(db), at)));
    }

    /**
     * Compares the comparison now with the last review's snapshot. Both sets of offers are scored
     * with today's context and active weights, so a rank that moved moved because of the offers; a
     * change of benchmarks, rates or weights alone is not part of this.
     */
    public static SinceLastReview sinceLastReview(Database db) {
        return compare(db, true);
    }

    /**
     * As {@link #sinceLastReview}, without scoring: offer and comment changes only, for a summary
     * kept current after every edit. Ranking both states costs far more than everything else.
     */
    public static SinceLastReview sinceLastReviewUnscored(Database db) {
        return compare(db, false);
    }

    private static SinceLastReview compare(Database db, boolean scored) {
        record Read(Optional<ReviewMark> mark, Comparison now, Scoring scoring) {
        }
        // One read, so the mark, the offers, their comments and the scoring inputs are of the same moment.
        Read read = db.read(c -> {
            Optional<ReviewMark> mark = db.reviewMarks().latest();
            return mark.isEmpty() ? new Read(mark, null, null)
                    : new Read(mark, ComparisonSnapshot.of(db), scored ? Scoring.load(db) : Scoring.NOT_ASKED);
        });
        if (read.mark().isEmpty()) {
            return new SinceLastReview.NotReviewed();
        }
        ReviewMark mark = read.mark().get();
        List<SharedOffer> then;
        try {
            then = ReviewSnapshot.read(mark.snapshot());
        } catch (ComparisonFormatException e) {
            return new SinceLastReview.Unreadable(mark.reviewedAt(), (e.path().isEmpty() ? "" : e.path() + ": ") + e.reason());
        }
        List<SharedOffer> now = read.now().offers();
        List<Offer> offersThen = offers(then);
        List<Offer> offersNow = offers(now);
        Scoring scoring = read.scoring().rank(offersThen, offersNow);
        return new SinceLastReview.Changes(mark.reviewedAt(), OfferChanges.between(offersThen, offersNow),
                NewComments.since(then, now), scoring.weights(), scoring.moves(), scoring.problem());
    }

    /**
     * Scores then and now with the same inputs. A context that cannot be built, or an offer it
     * cannot score (say, its currency's rate was deleted), must not hide the field changes and
     * comments: the problem is reported instead of the moves.
     */
    private record Scoring(ScoringInputs inputs, String weights, List<ScoreMove> moves, String problem) {

        static final Scoring NOT_ASKED = new Scoring(null, "", List.of(), "");

        static Scoring load(Database db) {
            try {
                ScoringInputs inputs = ScoringInputs.load(db);
                return new Scoring(inputs, io.offerbench.text.ProfileNames.of(inputs.activeProfile()), List.of(), "");
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                return new Scoring(null, "", List.of(), String.valueOf(e.getMessage()));
            }
        }

        Scoring rank(List<Offer> then, List<Offer> now) {
            if (inputs == null) {
                return this;
            }
            WeightProfile w = inputs.activeProfile();
            try {
                return new Scoring(inputs, weights, ScoreMoves.between(OfferScorer.rank(then, w, inputs.context()),
                        OfferScorer.rank(now, w, inputs.context())), "");
            } catch (RuntimeException e) {
                return new Scoring(inputs, weights, List.of(), String.valueOf(e.getMessage()));
            }
        }
    }

    private static List<Offer> offers(List<SharedOffer> shared) {
        return shared.stream().map(SharedOffer::offer).toList();
    }
}
