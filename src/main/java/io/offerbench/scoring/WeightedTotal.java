package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The one place weights meet raw scores. Each component is rounded to 2 decimals first and the total is
 * their sum, so a breakdown always adds up to the total shown.
 */
final class WeightedTotal {

    private WeightedTotal() {
    }

    static BigDecimal sumOfWeights(Map<Criterion, BigDecimal> weights) {
        return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal points(BigDecimal raw, BigDecimal weight, BigDecimal sumOfWeights) {
        return raw.multiply(weight).divide(sumOfWeights, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The total of the criteria present in {@code rawScores} (the answered ones), their weights
     * renormalised over themselves: how {@link OfferScorer} totals an offer with blanks.
     */
    static BigDecimal total(Map<Criterion, BigDecimal> rawScores, Map<Criterion, BigDecimal> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : Criterion.values()) {
            if (rawScores.get(c) != null) {
                sum = sum.add(weights.get(c));
            }
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        if (sum.signum() == 0) {
            return total;
        }
        for (Criterion c : Criterion.values()) {
            if (rawScores.get(c) != null) {
                total = total.add(points(rawScores.get(c), weights.get(c), sum));
            }
        }
        return total;
    }

    static BigDecimal total(Map<Criterion, BigDecimal> rawScores, WeightProfile profile) {
        return total(rawScores, profile.weights());
    }
}
