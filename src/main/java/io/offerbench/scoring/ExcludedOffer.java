package io.offerbench.scoring;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;

/**
 * An offer left out of a ranking, and why, so the table can flag it while every other offer ranks.
 *
 * @param currency the currency that has no exchange rate (for {@link Reason#NO_EXCHANGE_RATE})
 */
public record ExcludedOffer(Offer offer, Reason reason, CurrencyCode currency) {

    public enum Reason {
        /** Neither the shipped reference rates nor the user's table has a rate for the offer's currency. */
        NO_EXCHANGE_RATE
    }
}
