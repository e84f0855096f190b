package io.offerbench.scoring;

/**
 * What the offer says about a criterion. Only an {@link #ENTERED} answer counts in the total; a blank
 * and a "not applicable" are both left out and the other weights renormalised, but only a blank lowers
 * the offer's completeness (a criterion that does not apply is not a missing answer).
 */
public enum Answer {
    ENTERED,
    NOT_ENTERED,
    NOT_APPLICABLE
}
