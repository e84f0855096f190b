package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion's raw score for one offer, 0-100 with 2 decimals, and the rule that produced it as
 * facts ({@link Reason}s, put into words by the text layer). A criterion not {@link Answer#ENTERED}
 * is left out of the total and the other weights renormalised; {@code score} then holds a placeholder
 * 50 for charts only.
 */
public record CriterionScore(Criterion criterion, BigDecimal score, Answer answer, List<Reason> reasons) {

    public CriterionScore {
        reasons = List.copyOf(reasons);
    }

    public boolean entered() {
        return answer == Answer.ENTERED;
    }
}
