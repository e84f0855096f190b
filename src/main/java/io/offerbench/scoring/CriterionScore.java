package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import java.math.BigDecimal;

/**
 * One criterion's raw score for one offer, 0-100 with 2 decimals, and the rule that produced it in
 * words. {@code entered} is false when the user left the field empty: the criterion is then left out of
 * the total and the other weights renormalised; {@code score} holds a placeholder 50 for charts only.
 */
public record CriterionScore(Criterion criterion, BigDecimal score, boolean entered, String explanation) {
}
