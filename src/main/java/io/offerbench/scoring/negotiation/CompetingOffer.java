package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;

/**
 * A figure where another of the student's own offers pays more: the strongest lever in a negotiation,
 * since it is a real offer rather than a market quote. Amounts are gross, in the home currency.
 *
 * @param offer  the offer to negotiate
 * @param from   the competing offer (the student's own)
 * @param theirs what {@code from} pays on this figure
 * @param yours  what {@code offer} pays on it
 */
public record CompetingOffer(Offer offer, Offer from, Figure figure, Money theirs, Money yours) {

    /** The pay figures compared. */
    public enum Figure {
        /** Base, bonus, sign-on paid in year 1 and equity vesting in year 1. */
        YEAR1_TOTAL,
        /** Year-1 base salary. */
        BASE_SALARY,
        /** The whole sign-on bonus. */
        SIGN_ON_BONUS
    }

    public Money difference() {
        return theirs.minus(yours);
    }
}
