package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import java.math.BigDecimal;

/**
 * The range of one criterion's weight, all other weights as they are, over which an offer would rank
 * first outright. Shares are of the total weight (0..1), so "pay at least 34%" reads as the screen shows
 * weights; raising one weight lowers every other share in proportion.
 *
 * @param from     lowest share at which it leads, or null when the range starts at 0
 * @param to       highest share at which it leads, or null when the range runs to the top of the slider
 * @param current  the share the criterion has now
 */
public record WeightRegion(Offer offer, Criterion criterion, BigDecimal from, BigDecimal to, BigDecimal current) {

    /** How far the share has to move from where it is: what the words list first. */
    public BigDecimal distance() {
        BigDecimal nearest = from != null && from.compareTo(current) > 0 ? from : to != null && to.compareTo(current) < 0 ? to : current;
        return nearest.subtract(current).abs();
    }
}
