package io.offerbench.ui.ranking;

import io.offerbench.scoring.ExcludedOffer;
import io.offerbench.scoring.OfferScore;
import java.math.BigDecimal;

/**
 * One line of the ranking table: the score under the active profile and, if chosen, the rank under a
 * second one; or an offer left out of the ranking (no exchange rate for its currency), shown at the
 * end with the reason instead of a score, so it is never silently missing.
 */
public record RankingRow(OfferScore score, Integer secondRank, BigDecimal secondTotal, ExcludedOffer leftOut) {

    public RankingRow(OfferScore score, Integer secondRank, BigDecimal secondTotal) {
        this(score, secondRank, secondTotal, null);
    }

    public static RankingRow leftOut(ExcludedOffer offer) {
        return new RankingRow(null, null, null, offer);
    }

    public boolean isLeftOut() {
        return leftOut != null;
    }
}
