package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import java.math.BigDecimal;

/**
 * One criterion's share of an offer's total: {@code points = round(rawScore x weightShare, 2)}; an
 * offer's total is the sum of its components' points, so the breakdown adds up exactly.
 *
 * @param weight      the raw weight from the profile
 * @param weightShare weight / sum of weights, 4 decimals (for display; points use the exact share)
 */
public record ScoreComponent(Criterion criterion, BigDecimal points, BigDecimal rawScore, BigDecimal weight,
        BigDecimal weightShare, boolean entered, String explanation) {

    /** "research freedom" for "research_freedom": how sentences name a criterion. */
    public static String label(Criterion c) {
        return c.code().replace('_', ' ');
    }
}
