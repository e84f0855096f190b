package io.offerbench.scoring.negotiation;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import java.util.List;
import java.util.Optional;

/**
 * What one offer would need, one lever at a time, to rank first under the weights on screen.
 *
 * @param offer    the offer as entered
 * @param currency the offer's currency, which every increase is in
 * @param leads    true when it already ranks first outright (every increase is then 0)
 * @param targets  one per {@link Lever#of(Offer)} lever, in that order
 */
public record CounterOffer(Offer offer, CurrencyCode currency, boolean leads, List<LeverTarget> targets) {

    public CounterOffer {
        targets = List.copyOf(targets);
    }

    public Optional<LeverTarget> target(Lever lever) {
        return targets.stream().filter(t -> t.lever() == lever).findFirst();
    }

    /** True when at least one lever alone would be enough. */
    public boolean anyReachable() {
        return targets.stream().anyMatch(LeverTarget::reachable);
    }
}
