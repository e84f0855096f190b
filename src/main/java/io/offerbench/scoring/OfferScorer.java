package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.tax.EstimateCoverage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entry point: offers + weights + context in, a {@link Ranking} out. Pure and recomputed on every
 * change; nothing here is stored.
 */
public final class OfferScorer {

    /** Higher total first; equal totals in company, then role, then id order, so the order never flickers. */
    static final Comparator<OfferScore> ORDER = Comparator.comparing(OfferScore::total, Comparator.reverseOrder())
            .thenComparing(s -> s.offer().company(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(s -> s.offer().roleTitle(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(s -> s.offer().id());

    private OfferScorer() {
    }

    public static Ranking rank(List<Offer> offers, WeightProfile weights, ScoringContext context) {
        Objects.requireNonNull(weights, "weights");
        List<ExcludedOffer> excluded = new ArrayList<>();
        List<Offer> rankable = new ArrayList<>();
        for (Offer offer : offers) {
            if (context.currencies().canConvert(offer.currency(), context.homeCurrency())) {
                rankable.add(offer);
            } else {
                excluded.add(new ExcludedOffer(offer, ExcludedOffer.Reason.NO_EXCHANGE_RATE, offer.currency()));
            }
        }
        EstimateCoverage.Decision decision = EstimateCoverage.decide(rankable, context);
        ScoringContext ctx = decision.context();
        PayScale scale = PayScale.from(ctx);
        List<OfferScore> scored = new ArrayList<>();
        for (Offer offer : rankable) {
            scored.add(score(offer, weights, ctx, scale));
        }
        scored.sort(ORDER);
        List<OfferScore> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            OfferScore s = scored.get(i);
            boolean tiedWithPrevious = i > 0 && s.total().compareTo(scored.get(i - 1).total()) == 0;
            ranked.add(s.withRank(tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1));
        }
        boolean closeCall = ranked.size() >= 2
                && ranked.get(0).total().subtract(ranked.get(1).total()).compareTo(BigDecimal.valueOf(Ranking.CLOSE_CALL_POINTS)) <= 0;
        return new Ranking(weights, ranked, closeCall, SensitivityAnalyzer.analyze(ranked, weights), scale, decision.coverage(),
                excluded);
    }

    /** One offer's score, rank 0 (unranked). */
    public static OfferScore score(Offer offer, WeightProfile weights, ScoringContext ctx, PayScale scale) {
        PayProjection pay = PayProjector.project(offer, ctx);
        PayProjection nominal = PayProjector.projectNominal(offer, ctx);
        Map<Criterion, CriterionScore> raw = CriteriaScorer.score(offer, pay, scale, ctx);
        BigDecimal sumOfWeights = WeightedTotal.sumOfWeights(weights.weights());
        List<ScoreComponent> components = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Criterion c : Criterion.values()) {
            CriterionScore cs = raw.get(c);
            BigDecimal w = weights.weight(c);
            BigDecimal points = WeightedTotal.points(cs.score(), w, sumOfWeights);
            total = total.add(points);
            components.add(new ScoreComponent(c, points, cs.score(), w, w.divide(sumOfWeights, 4, RoundingMode.HALF_UP),
                    cs.entered(), cs.explanation()));
        }
        List<MarketPosition> positions = MarketAnalyzer.positions(offer, nominal, ctx);
        return new OfferScore(offer, 0, total, components, pay, positions,
                NegotiationHints.forOffer(offer, nominal, positions, ctx));
    }
}
