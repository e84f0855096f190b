package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The weight-independent part of rank acceptability: every offer's raw criterion scores, under each
 * equity scenario for offers with private equity (only pay changes) and once for the others. Built
 * once per ranking; moving a weight slider reuses it.
 *
 * @param offers the offers in on-screen rank order, which also breaks exact ties in a sample
 * @param raw    raw[offer][scenario][criterion], scenario in {@link LiquidityScenario} order; an offer
 *               without private equity has one scenario
 */
public record AcceptabilityInputs(List<Offer> offers, double[][][] raw) {

    public static AcceptabilityInputs of(Ranking ranking, ScoringContext ctx) {
        List<OfferScore> scores = ranking.scores();
        double[][][] raw = new double[scores.size()][][];
        for (int i = 0; i < scores.size(); i++) {
            OfferScore s = scores.get(i);
            Offer o = s.offer();
            if (o.equity().type() == EquityType.PRIVATE_EQUITY && !o.equity().isEmpty()) {
                LiquidityScenario[] scenarios = LiquidityScenario.values();
                raw[i] = new double[scenarios.length][];
                for (int k = 0; k < scenarios.length; k++) {
                    ScoringContext under = ctx.withLiquidityScenario(scenarios[k]);
                    raw[i][k] = row(OfferScorer.score(o, ranking.weights(), under, ranking.payScale()).rawScores());
                }
            } else {
                raw[i] = new double[][] {row(s.rawScores())};
            }
        }
        return new AcceptabilityInputs(scores.stream().map(OfferScore::offer).toList(), raw);
    }

    private static double[] row(Map<Criterion, BigDecimal> scores) {
        double[] out = new double[Criterion.values().length];
        for (Criterion c : Criterion.values()) {
            out[c.ordinal()] = scores.get(c).doubleValue();
        }
        return out;
    }

    public int size() {
        return offers.size();
    }
}
