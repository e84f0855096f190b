package io.offerbench.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one offer's rank and total score moved between the review and now, both scored with today's
 * benchmarks, rates, estimates and weights. "Then" is null for an offer added since the review,
 * "now" for one removed since.
 */
public record ScoreMove(long offerId, String offer, Integer rankThen, Integer rankNow, BigDecimal totalThen, BigDecimal totalNow) {

    public boolean isNew() {
        return rankThen == null;
    }

    public boolean isRemoved() {
        return rankNow == null;
    }

    /** Whether anything an advisor would notice changed: the rank, the score, or the offer itself came or went. */
    public boolean moved() {
        if (isNew() || isRemoved()) {
            return true;
        }
        return !Objects.equals(rankThen, rankNow) || totalThen.compareTo(totalNow) != 0;
    }
}
