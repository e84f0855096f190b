package io.offerbench.scoring;

import io.offerbench.domain.Offer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every offer's weight-independent score under one context, in the offers' order: what a ranking
 * under any profile is computed from. {@link #updatedFor} reuses the entry of every offer that did
 * not change, so an edit rescores one offer and a slider move rescores none.
 */
public final class ScoredOffers {

    private final ScoringContext context;
    private final EstimateCoverage.Decision decision;
    private final List<ExcludedOffer> excluded;
    private final PayScale payScale;
    private final List<ScoredOffer> offers;
    private final int rescored;

    ScoredOffers(ScoringContext context, EstimateCoverage.Decision decision, List<ExcludedOffer> excluded, PayScale payScale,
            List<ScoredOffer> offers, int rescored) {
        this.context = context;
        this.decision = decision;
        this.excluded = List.copyOf(excluded);
        this.payScale = payScale;
        this.offers = List.copyOf(offers);
        this.rescored = rescored;
    }

    /** The context asked for (the estimates as the user set them). */
    public ScoringContext context() {
        return context;
    }

    /** The context the offers were scored with: the estimates switched off when some offer lacks a figure. */
    public ScoringContext scoredWith() {
        return decision.context();
    }

    public EstimateCoverage estimates() {
        return decision.coverage();
    }

    /** Offers left out (no exchange rate for their currency), with the reason. */
    public List<ExcludedOffer> excluded() {
        return excluded;
    }

    public PayScale payScale() {
        return payScale;
    }

    public List<ScoredOffer> offers() {
        return offers;
    }

    /** How many offers were scored afresh to make this (the others were reused): a fact tests check. */
    public int rescored() {
        return rescored;
    }

    /**
     * These scores brought up to date with {@code now} under {@code ctx}: an offer equal to one
     * scored here under the same context keeps its entry; any other is scored afresh, and a new
     * context scores every offer again.
     */
    public ScoredOffers updatedFor(List<Offer> now, ScoringContext ctx) {
        if (!ctx.equals(context)) {
            return OfferScorer.scoreAll(now, ctx);
        }
        List<ExcludedOffer> left = new ArrayList<>();
        List<Offer> rankable = OfferScorer.rankable(now, ctx, left);
        EstimateCoverage.Decision next = EstimateCoverage.decide(rankable, ctx);
        if (!next.context().equals(decision.context())) {
            // An offer added or moved switched an estimate on or off for all: every offer is scored again.
            return OfferScorer.scoreAll(now, ctx);
        }
        Map<Long, ScoredOffer> byId = new HashMap<>(offers.size() * 2);
        offers.forEach(s -> byId.put(s.offer().id(), s));
        List<ScoredOffer> scored = new ArrayList<>(rankable.size());
        int fresh = 0;
        BenchmarkSelector select = new BenchmarkSelector(next.context());
        for (Offer o : rankable) {
            ScoredOffer known = byId.get(o.id());
            if (known != null && known.offer().equals(o)) {
                scored.add(known);
            } else {
                scored.add(OfferScorer.scoreOne(o, next.context(), payScale, select));
                fresh++;
            }
        }
        return new ScoredOffers(ctx, next, left, payScale, scored, fresh);
    }
}
