package io.offerbench.scoring;

import io.offerbench.domain.Criterion;

/**
 * The smallest change of one weight that would swap the top two offers, in words.
 *
 * @param criterion    the weight to change, null when no change up to the search limit swaps them
 * @param weightChange signed change in raw weight points (0 when none)
 * @param sentence     e.g. "If research freedom weighed 8 points more (12 instead of 4), University X would rank first."
 */
public record Sensitivity(Criterion criterion, int weightChange, String sentence) {

    public boolean swaps() {
        return criterion != null;
    }
}
