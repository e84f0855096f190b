package io.offerbench.exchange.report;

import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.PayProjection;
import io.offerbench.domain.ReviewComment;
import java.util.List;
import java.util.Optional;

/**
 * One offer as the report shows it: its score (breakdown, pay, market, hints), its pay once more in
 * its own currency when that is not the home currency, and the review comments on it.
 *
 * @param inOfferCurrency the same projection computed in the offer's currency (same estimates applied);
 *                        empty when the offer is paid in the home currency
 * @param comments        oldest first
 */
public record OfferReport(OfferScore score, Optional<PayProjection> inOfferCurrency, List<ReviewComment> comments) {

    public OfferReport {
        comments = List.copyOf(comments);
    }
}
