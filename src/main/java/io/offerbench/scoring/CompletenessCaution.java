package io.offerbench.scoring;

import java.util.List;
import java.util.Optional;

/**
 * An offer listed above another whose answers cover more of the weight. Blank criteria are left out and
 * the weights renormalised, so an offer with few answers is scored on those few: fair for each offer on
 * its own, but an order between a 23%-answered and a fully answered offer says little until the blanks
 * are filled in, and the screen and the report say so beside the score.
 */
public final class CompletenessCaution {

    private CompletenessCaution() {
    }

    /** The first offer listed below {@code s} with a lower total and more of the weight answered, if any. */
    public static Optional<OfferScore> outranked(OfferScore s, Ranking ranking) {
        List<OfferScore> scores = ranking.scores();
        int at = scores.indexOf(s);
        if (at < 0 || s.completeness().compareTo(java.math.BigDecimal.ONE) >= 0) {
            return Optional.empty();
        }
        for (OfferScore other : scores.subList(at + 1, scores.size())) {
            if (other.total().compareTo(s.total()) < 0 && other.completeness().compareTo(s.completeness()) > 0) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }
}
