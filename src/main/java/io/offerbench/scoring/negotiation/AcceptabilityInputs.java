package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weight-independent part of rank acceptability: every offer's raw criterion scores, under each
 * equity scenario for offers with private equity (only pay changes) and once for the others. Built
 * once per ranking; moving a weight slider reuses it.
 *
 * @param offers the offers in on-screen rank order, which also breaks exact ties in a sample
 * @param raw    raw[offer][scenario][criterion], scenario in {@link LiquidityScenario} order; an offer
 *               without private equity has one scenario. A criterion the user left blank is NaN: the
 *               model leaves it out and renormalises the other weights, as the main score does
 */
public record AcceptabilityInputs(List<Offer> offers, double[][][] raw) {

    public static AcceptabilityInputs of(Ranking ranking, ScoringContext ctx) {
        return of(ranking, ctx, new HashMap<>());
    }

    /**
     * As {@link #of(Ranking, ScoringContext)}, reusing the rows in {@code known} (an offer's rows
     * depend only on the offer and the context, so a caller keeps one map per context) and adding new ones.
     */
    public static AcceptabilityInputs of(Ranking ranking, ScoringContext ctx, Map<Offer, double[][]> known) {
        List<OfferScore> scores = ranking.scores();
        double[][][] raw = new double[scores.size()][][];
        for (int i = 0; i < scores.size(); i++) {
            OfferScore s = scores.get(i);
            raw[i] = known.computeIfAbsent(s.offer(), o -> rows(s, ranking, ctx));
        }
        return new AcceptabilityInputs(scores.stream().map(OfferScore::offer).toList(), raw);
    }

    private static double[][] rows(OfferScore s, Ranking ranking, ScoringContext ctx) {
        Offer o = s.offer();
        // Each offer's own bear / base / bull multipliers (its stage's defaults unless the user set them).
        if (!o.equity().isPrivate()) {
            return new double[][] {row(s.answeredRawScores())};
        }
        LiquidityScenario[] scenarios = LiquidityScenario.values();
        double[][] out = new double[scenarios.length][];
        for (int k = 0; k < scenarios.length; k++) {
            ScoringContext under = ctx.withLiquidityScenario(scenarios[k]);
            out[k] = row(OfferScorer.score(o, ranking.weights(), under, ranking.payScale()).answeredRawScores());
        }
        return out;
    }

    /** Answered criteria's raw scores; a blank one is NaN (unknown is unknown, not 50). */
    private static double[] row(Map<Criterion, BigDecimal> answered) {
        double[] out = new double[Criterion.values().length];
        for (Criterion c : Criterion.values()) {
            BigDecimal score = answered.get(c);
            out[c.ordinal()] = score == null ? Double.NaN : score.doubleValue();
        }
        return out;
    }

    public int size() {
        return offers.size();
    }
}
