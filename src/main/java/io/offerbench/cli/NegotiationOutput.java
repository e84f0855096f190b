package io.offerbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.NegotiationHint;
import io.offerbench.scoring.negotiation.CompetingOffer;
import io.offerbench.scoring.negotiation.CompetingOffers;
import io.offerbench.scoring.negotiation.CounterOffer;
import io.offerbench.scoring.negotiation.CounterOfferSolver;
import io.offerbench.scoring.negotiation.Lever;
import io.offerbench.scoring.negotiation.LeverTarget;
import io.offerbench.scoring.negotiation.AcceptabilityInputs;
import io.offerbench.scoring.negotiation.RankAcceptability;
import io.offerbench.scoring.negotiation.RankAcceptabilityModel;
import io.offerbench.scoring.negotiation.WeightCertainty;
import io.offerbench.scoring.negotiation.LeadGap;
import io.offerbench.scoring.negotiation.WeightPair;
import io.offerbench.scoring.negotiation.WeightRegion;
import io.offerbench.scoring.negotiation.WeightRegions;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The negotiation fields of {@code score --format json}, per offer: {@code to_rank_first} holds, per
 * lever, the smallest raise in the offer's currency that makes it lead (0 for the leader, null when
 * no raise of that alone is enough). Academic offers also carry {@code startup_package}.
 * {@code hints} holds the benchmark hints ({@code from_offer} null) and the competing-offer hints
 * ({@code from_offer} the other offer's name). {@code rank_acceptability} lists the probabilities of ranks 1..n (see RankAcceptabilityModel).
 */
final class NegotiationOutput {

    private final Map<OfferScore, CounterOffer> counterOffers = new IdentityHashMap<>();
    private final Map<OfferScore, List<BigDecimal>> acceptability = new IdentityHashMap<>();
    private final Map<OfferScore, List<CompetingOffer>> competing = new IdentityHashMap<>();
    private final Map<OfferScore, io.offerbench.scoring.PayRange> payRanges = new IdentityHashMap<>();
    private final Map<io.offerbench.domain.Offer, WeightRegions.Regions> regions = new IdentityHashMap<>();
    private Ranking ranking;

    private NegotiationOutput() {
    }

    static NegotiationOutput of(Ranking ranking, ScoringContext ctx, WeightCertainty certainty) {
        NegotiationOutput out = new NegotiationOutput();
        out.ranking = ranking;
        WeightRegions.of(ranking).forEach(r -> out.regions.put(r.offer(), r));
        List<CounterOffer> solved = CounterOfferSolver.solve(ranking, ctx);
        RankAcceptability table = RankAcceptabilityModel.compute(AcceptabilityInputs.of(ranking, ctx), ranking.weights(), certainty);
        CompetingOffers competing = CompetingOffers.in(ranking, ctx);
        for (int i = 0; i < solved.size(); i++) {
            out.counterOffers.put(ranking.scores().get(i), solved.get(i));
            out.acceptability.put(ranking.scores().get(i), table.row(i));
            out.competing.put(ranking.scores().get(i), competing.of(ranking.scores().get(i)));
            out.payRanges.put(ranking.scores().get(i), io.offerbench.scoring.PayRange.of(ranking.scores().get(i), ranking, ctx));
        }
        return out;
    }

    /**
     * The scored pay a year over the stay under the equity's bear and bull outcomes (equal for an offer
     * without private equity), the stage, the multipliers used and the benchmark rows behind them.
     */
    private static void payRange(ObjectNode p, io.offerbench.scoring.PayRange r) {
        p.put("bear", r.bear().amount());
        p.put("shown", r.shown().amount());
        p.put("bull", r.bull().amount());
        p.put("private_equity", r.privateEquity());
        if (r.stage() == null) {
            p.putNull("stage");
        } else {
            p.put("stage", r.stage().code());
        }
        ObjectNode m = p.putObject("multipliers");
        m.put("bear", r.multipliers().bear());
        m.put("base", r.multipliers().base());
        m.put("bull", r.multipliers().bull());
        p.put("multipliers_from", r.own() ? "offer" : r.stage() != null ? "stage" : r.privateEquity() ? "settings" : "public");
        ArrayNode ids = p.putArray("reason_ids");
        r.reasonIds().forEach(ids::add);
    }

    /**
     * {@code weight_regions}: each single-weight range over which the offer would lead (shares of the
     * total weight, 0-1; {@code from} null when it starts at 0, {@code to} null when it runs to the top
     * of the slider), as the Ranking tab says them; {@code tied_for_first}; and {@code weight_pair}, the
     * two-weight change said when no single weight is enough (null otherwise).
     */
    private static void weightRegions(ObjectNode o, WeightRegions.Regions r) {
        ArrayNode list = o.putArray("weight_regions");
        o.put("tied_for_first", r != null && r.tiedForFirst() && r.offer() != r.leader());
        if (r == null) {
            o.putNull("weight_pair");
            return;
        }
        for (WeightRegion region : r.regions()) {
            ObjectNode n = list.addObject();
            n.put("criterion", region.criterion().code());
            putShare(n, "from", region.from());
            putShare(n, "to", region.to());
            putShare(n, "current", region.current());
        }
        WeightPair p = r.pair();
        if (p == null) {
            o.putNull("weight_pair");
        } else {
            ObjectNode n = o.putObject("weight_pair");
            n.put("raise", p.up().code());
            putShare(n, "raise_to_at_least", p.upShare());
            putShare(n, "raise_now", p.upNow());
            n.put("lower", p.down().code());
            putShare(n, "lower_to_at_most", p.downShare());
            putShare(n, "lower_now", p.downNow());
            n.put("holds_beyond", p.quadrant());
        }
    }

    private static void putShare(ObjectNode n, String name, BigDecimal share) {
        if (share == null) {
            n.putNull(name);
        } else {
            n.put(name, share.setScale(6, java.math.RoundingMode.HALF_UP));
        }
    }

    void addTo(ObjectNode o, OfferScore s) {
        CounterOffer c = counterOffers.get(s);
        ObjectNode targets = o.putObject("to_rank_first");
        for (Lever lever : Lever.of(s.offer())) {
            LeverTarget t = c.target(lever).orElseThrow();
            if (t.reachable()) {
                targets.put(lever.code(), t.increase());
            } else {
                targets.putNull(lever.code());
            }
        }
        // Added fields (never renamed): which targets are realistic asks (at most a quarter of base; of the
        // package itself for a start-up package), where the leader gains its lead, and the weight regions.
        ObjectNode realistic = o.putObject("to_rank_first_realistic");
        for (Lever lever : Lever.of(s.offer())) {
            LeverTarget t = c.target(lever).orElseThrow();
            if (t.reachable()) {
                realistic.put(lever.code(), c.realistic(t));
            } else {
                realistic.putNull(lever.code());
            }
        }
        java.util.Optional<LeadGap> gap = LeadGap.of(s, ranking);
        if (gap.isEmpty()) {
            o.putNull("lead_gap");
        } else {
            ObjectNode g = o.putObject("lead_gap");
            g.put("leader", gap.get().leader().label());
            g.put("points", gap.get().total());
            ArrayNode parts = g.putArray("criteria");
            for (LeadGap.Part part : gap.get().parts()) {
                parts.addObject().put("criterion", part.criterion().code()).put("points", part.points());
            }
        }
        weightRegions(o, regions.get(s.offer()));
        o.put("offer_currency", c.currency().code());
        payRange(o.putObject("pay_range"), payRanges.get(s));
        ArrayNode ranks = o.putArray("rank_acceptability");
        acceptability.get(s).forEach(ranks::add);
        // One "hints" array: market hints (target only from typical rows, never a top-of-market figure) and
        // competing-offer hints (target from the student's own other offer).
        ArrayNode hints = o.putArray("hints");
        for (NegotiationHint h : s.hints()) {
            ObjectNode hint = hints.addObject();
            hint.put("component", h.component());
            hint.put("text", io.offerbench.text.HintWords.text(h));
            h.benchmarkIds().forEach(hint.putArray("benchmark_ids")::add);
            if (h.target() == null) {
                hint.putNull("target");
            } else {
                ObjectNode target = hint.putObject("target");
                target.put("amount", h.target().amount());
                target.put("currency", h.target().currency().code());
                h.benchmarkIds().forEach(target.putArray("from_benchmarks")::add);
            }
            hint.putNull("from_offer");
        }
        for (CompetingOffer other : competing.get(s)) {
            ObjectNode hint = hints.addObject();
            hint.put("component", switch (other.figure()) {
                case YEAR1_TOTAL -> "total";
                case BASE_SALARY -> "base";
                case SIGN_ON_BONUS -> "sign_on";
            });
            hint.put("text", NegotiationWords.competing(other));
            hint.putArray("benchmark_ids");
            ObjectNode target = hint.putObject("target");
            target.put("from_offer", other.from().company());
            target.put("amount", other.theirs().amount());
            target.put("currency", other.theirs().currency().code());
            hint.put("from_offer", other.from().label());
            hint.put("figure", other.figure().name().toLowerCase(java.util.Locale.ROOT));
            hint.put("difference", other.difference().amount());
        }
    }
}
