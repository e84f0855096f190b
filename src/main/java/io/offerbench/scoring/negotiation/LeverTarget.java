package io.offerbench.scoring.negotiation;

import java.math.BigDecimal;

/**
 * The smallest raise of one lever alone that puts an offer strictly ahead of every other offer.
 *
 * @param increase whole units of the offer's currency (0 for the leader), or null when no raise up to
 *                 {@link CounterOfferSolver#limit} is enough (the gap is not about money)
 */
public record LeverTarget(Lever lever, BigDecimal increase) {

    public boolean reachable() {
        return increase != null;
    }
}
