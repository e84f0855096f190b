package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Counter-offer targets: for each offer and each {@link Lever} alone, the smallest whole-unit raise
 * (in the offer's currency) that makes the offer's total strictly higher than every other offer's.
 *
 * <p>Solved, not stepped: an offer's total never falls when one of its pay components grows (the pay
 * score is monotone in pay, the start-up lift monotone in funding, every other criterion unchanged),
 * so "leads with a raise of x" is false below some x* and true from x* on, and a binary search over
 * whole units finds x* exactly in about 24 rescorings of the one offer. Other offers' totals do not
 * change and are taken from the ranking.
 *
 * <p>The search stops at {@link #limit}: {@value #LIMIT_FACTOR} times the top of the pay scale, in the
 * offer's currency. A raise beyond that is no longer a negotiation, and where the pay score is capped
 * no raise moves the total further: then "no increase of this alone is enough".
 */
public final class CounterOfferSolver {

    static final int LIMIT_FACTOR = 10;

    private CounterOfferSolver() {
    }

    /** Targets for every offer of the ranking, in rank order, scored exactly as the ranking was. */
    public static List<CounterOffer> solve(Ranking ranking, ScoringContext ctx) {
        OfferTotal total = o -> OfferScorer.score(o, ranking.weights(), ctx, ranking.payScale()).total();
        List<CounterOffer> out = new ArrayList<>();
        for (OfferScore s : ranking.scores()) {
            out.add(solve(s, ranking.scores(), total, limit(s.offer(), ranking, ctx)));
        }
        return out;
    }

    /** Targets for one offer of the ranking. */
    public static CounterOffer solve(OfferScore offer, Ranking ranking, ScoringContext ctx) {
        OfferTotal total = o -> OfferScorer.score(o, ranking.weights(), ctx, ranking.payScale()).total();
        return solve(offer, ranking.scores(), total, limit(offer.offer(), ranking, ctx));
    }

    /**
     * @param self   the score of the offer to raise
     * @param scores every offer's current score ({@code self} among them)
     * @param total  the offer's total under the ranking's weights and context
     * @param limit  the largest raise tried, whole units of the offer's currency
     */
    public static CounterOffer solve(OfferScore self, List<OfferScore> scores, OfferTotal total, BigDecimal limit) {
        Offer offer = self.offer();
        BigDecimal best = null;
        for (OfferScore s : scores) {
            if (s != self && (best == null || s.total().compareTo(best) > 0)) {
                best = s.total();
            }
        }
        List<LeverTarget> targets = new ArrayList<>();
        if (best == null || self.total().compareTo(best) > 0) {
            Lever.of(offer).forEach(l -> targets.add(new LeverTarget(l, BigDecimal.ZERO)));
            return new CounterOffer(offer, offer.currency(), true, targets);
        }
        BigDecimal toBeat = best;
        for (Lever lever : Lever.of(offer)) {
            targets.add(new LeverTarget(lever, smallestRaise(x -> total.of(lever.raise(offer, x)).compareTo(toBeat) > 0, limit)));
        }
        return new CounterOffer(offer, offer.currency(), false, targets);
    }

    /** Whole units of the offer's currency: ten times the pay scale's top, converted. */
    public static BigDecimal limit(Offer offer, Ranking ranking, ScoringContext ctx) {
        Money top = ctx.currencies().convert(ranking.payScale().top(), offer.currency());
        return top.amount().multiply(BigDecimal.valueOf(LIMIT_FACTOR)).setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
    }

    /** The least x in 1..limit with {@code leads(x)}, given {@code leads(0)} is false; null if none. */
    static BigDecimal smallestRaise(Leads leads, BigDecimal limit) {
        long hi = limit.longValueExact();
        if (!leads.at(BigDecimal.valueOf(hi))) {
            return null;
        }
        long lo = 0;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (leads.at(BigDecimal.valueOf(mid))) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return BigDecimal.valueOf(hi);
    }

    @FunctionalInterface
    interface Leads {
        boolean at(BigDecimal raise);
    }
}
