package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Offer;
import java.math.BigDecimal;

/**
 * An offer's total under fixed weights and context, as the ranking computes it. The negotiation
 * maths treats scoring as this black box, so it stays exact however scoring changes.
 */
@FunctionalInterface
public interface OfferTotal {

    BigDecimal of(Offer offer);
}
