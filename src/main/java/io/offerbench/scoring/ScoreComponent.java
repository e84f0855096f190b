package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion's share of an offer's total: {@code points = round(rawScore x weightShare, 2)}; an
 * offer's total is the sum of its components' points, so the breakdown adds up exactly.
 *
 * @param weight      the raw weight from the profile
 * @param weightShare weight / sum of weights, 4 decimals (for display; points use the exact share)
 * @param reasons     how it was scored, as facts for the text layer
 */
public record ScoreComponent(Criterion criterion, BigDecimal points, BigDecimal rawScore, BigDecimal weight,
        BigDecimal weightShare, Answer answer, List<Reason> reasons) {

    public ScoreComponent {
        reasons = List.copyOf(reasons);
    }

    /** Counts in the total: the user answered it. */
    public boolean entered() {
        return answer == Answer.ENTERED;
    }

    /** Applies to this offer (answered or blank); a criterion that does not apply is outside its completeness. */
    public boolean applicable() {
        return answer != Answer.NOT_APPLICABLE;
    }

    /** "research freedom" for "research_freedom": how sentences name a criterion. */
    public static String label(Criterion c) {
        return c.code().replace('_', ' ');
    }
}
