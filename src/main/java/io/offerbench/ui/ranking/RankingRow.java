package io.offerbench.ui.ranking;

import io.offerbench.scoring.OfferScore;

/** One line of the ranking table: the score under the active profile and, if chosen, the rank under a second one. */
public record RankingRow(OfferScore score, Integer secondRank, java.math.BigDecimal secondTotal) {
}
