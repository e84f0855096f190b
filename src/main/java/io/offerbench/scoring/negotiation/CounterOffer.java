package io.offerbench.scoring.negotiation;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import java.math.BigDecimal;
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

    /**
     * A raise is a realistic ask when it is at most this share of the offer's base salary (of the
     * package itself for a start-up package): asking a recruiter for a third more salary, let alone
     * double, reads as a refusal. A larger target still says how far apart the offers are, but it is
     * reported as "not a realistic ask", never as advice (OfferBench's rule, not a document figure).
     */
    public static final BigDecimal MODEST_RAISE = new BigDecimal("0.25");

    public CounterOffer {
        targets = List.copyOf(targets);
    }

    public Optional<LeverTarget> target(Lever lever) {
        return targets.stream().filter(t -> t.lever() == lever).findFirst();
    }

    /** True when the raise is reachable and small enough to ask for ({@link #MODEST_RAISE}); the leader's 0 is. */
    public boolean realistic(LeverTarget t) {
        if (!t.reachable()) {
            return false;
        }
        BigDecimal reference = t.lever() == Lever.STARTUP_PACKAGE ? t.lever().current(offer) : Lever.BASE_SALARY.current(offer);
        return t.increase().compareTo(reference.multiply(MODEST_RAISE)) <= 0;
    }

    /** True when at least one lever alone would be enough. */
    public boolean anyReachable() {
        return targets.stream().anyMatch(LeverTarget::reachable);
    }
}
