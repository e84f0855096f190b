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
    private final PayScale payScale;
    private final List<ScoredOffer> offers;
    private final int rescored;

    ScoredOffers(ScoringContext context, PayScale payScale, List<ScoredOffer> offers, int rescored) {
        this.context = context;
        this.payScale = payScale;
        this.offers = List.copyOf(offers);
        this.rescored = rescored;
    }

    public ScoringContext context() {
        return context;
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
        Map<Long, ScoredOffer> byId = new HashMap<>(offers.size() * 2);
        offers.forEach(s -> byId.put(s.offer().id(), s));
        List<ScoredOffer> next = new ArrayList<>(now.size());
        int fresh = 0;
        for (Offer o : now) {
            ScoredOffer known = byId.get(o.id());
            if (known != null && known.offer().equals(o)) {
                next.add(known);
            } else {
                next.add(OfferScorer.scoreOne(o, ctx, payScale));
                fresh++;
            }
        }
        return new ScoredOffers(ctx, payScale, next, fresh);
    }
}
