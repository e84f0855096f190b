package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import java.math.BigDecimal;

/**
 * The smallest change of one weight that would swap the top two offers, as facts: the text layer
 * ({@code text.SensitivityWords}) says it, e.g. "If “Research freedom” weighed 8 points more (12 instead of 4),
 * University X would rank first."
 *
 * @param criterion    the weight to change, null when no change up to the search limit swaps them
 * @param weightChange signed change in raw weight points (0 when none)
 * @param from         the weight now (null when no swap)
 * @param to           the weight that would swap them (null when no swap)
 * @param runnerUp     the label of the offer that would move up ("" when no swap)
 * @param leader       the label of the offer it would pass ("" when no swap)
 * @param outcome      what the change does, or why there is none
 * @param searchLimit  the largest change tried, in points
 */
public record Sensitivity(Criterion criterion, int weightChange, BigDecimal from, BigDecimal to, String runnerUp,
        String leader, Outcome outcome, int searchLimit) {

    /** What the smallest swapping change does. */
    public enum Outcome {
        /** Only one offer: nothing to swap. */
        ONE_OFFER,
        /** No single change up to the search limit swaps the top two. */
        NO_SWAP,
        /** The runner-up would rank first. */
        RANKS_FIRST,
        /** The runner-up would pass the leader, but a third offer would then lead. */
        MOVES_AHEAD
    }

    public Sensitivity {
        runnerUp = runnerUp == null ? "" : runnerUp;
        leader = leader == null ? "" : leader;
    }

    static Sensitivity none(Outcome why, int searchLimit) {
        return new Sensitivity(null, 0, null, null, "", "", why, searchLimit);
    }

    public boolean swaps() {
        return criterion != null;
    }
}
