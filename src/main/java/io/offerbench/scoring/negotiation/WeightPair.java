package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import java.math.BigDecimal;

/**
 * Two weights moved together, the others as they are, that put an offer first when no single weight
 * can: {@code up} raised to at least a share and {@code down} lowered to at most one. Shares are of the
 * total weight, as the screen shows weights.
 *
 * @param quadrant true when the offer leads everywhere beyond the corner (up at least, down at most, up
 *                 to the top of the slider and down to 0), so "at least … and at most …" is true as said;
 *                 false when it leads at the corner only, which is then said as a point
 */
public record WeightPair(Offer offer, Criterion up, BigDecimal upShare, BigDecimal upNow, Criterion down, BigDecimal downShare,
        BigDecimal downNow, boolean quadrant) {
}
