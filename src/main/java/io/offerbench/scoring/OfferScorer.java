package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entry point: offers + weights + context in, a {@link Ranking} out. Pure, in two steps so a
 * caller can keep the first: {@link #scoreAll} (everything about each offer that no weight changes)
 * and {@link #rank(ScoredOffers, WeightProfile)} (weighted totals, order, close call, sensitivity).
 */
public final class OfferScorer {

    /** Higher total first; equal totals in company, then role, then id order, so the order never flickers. */
    static final Comparator<OfferScore> ORDER = Comparator.comparing(OfferScore::total, Comparator.reverseOrder())
            .thenComparing(s -> s.offer().company(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(s -> s.offer().roleTitle(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(s -> s.offer().id());

    private OfferScorer() {
    }

    public static Ranking rank(List<Offer> offers, WeightProfile weights, ScoringContext ctx) {
        return rank(scoreAll(offers, ctx), weights);
    }

    /**
     * The weight-independent part of every offer's score (pay, criteria, market position, hints).
     * An offer whose currency has no exchange rate is left out with the reason while the others are
     * scored; the after-tax and cost-of-living estimates apply to every remaining offer or to none.
     */
    public static ScoredOffers scoreAll(List<Offer> offers, ScoringContext requested) {
        List<ExcludedOffer> excluded = new ArrayList<>();
        List<Offer> rankable = rankable(offers, requested, excluded);
        EstimateCoverage.Decision decision = EstimateCoverage.decide(rankable, requested);
        ScoringContext ctx = decision.context();
        PayScale scale = PayScale.from(ctx);
        BenchmarkSelector select = new BenchmarkSelector(ctx);
        // Each offer is scored on its own from immutable inputs, so a long list is split across the
        // cores (the result keeps the list's order); a short one is not worth the hand-over.
        List<ScoredOffer> scored = rankable.size() < PARALLEL_FROM
                ? rankable.stream().map(o -> scoreOne(o, ctx, scale, select)).toList()
                : rankable.parallelStream().map(o -> scoreOne(o, ctx, scale, select)).toList();
        return new ScoredOffers(requested, decision, excluded, scale, scored, scored.size());
    }

    /** The offers whose currency converts into the home currency; the others go to {@code excluded}. */
    static List<Offer> rankable(List<Offer> offers, ScoringContext ctx, List<ExcludedOffer> excluded) {
        List<Offer> rankable = new ArrayList<>(offers.size());
        for (Offer offer : offers) {
            if (ctx.currencies().canConvert(offer.currency(), ctx.homeCurrency())) {
                rankable.add(offer);
            } else {
                excluded.add(new ExcludedOffer(offer, ExcludedOffer.Reason.NO_EXCHANGE_RATE, offer.currency()));
            }
        }
        return rankable;
    }

    /** From this many offers, scoreAll uses every core. */
    static final int PARALLEL_FROM = 500;

    /** One offer's weight-independent score. */
    static ScoredOffer scoreOne(Offer offer, ScoringContext ctx, PayScale scale) {
        return scoreOne(offer, ctx, scale, new BenchmarkSelector(ctx));
    }

    /** As {@link #scoreOne(Offer, ScoringContext, PayScale)}, with benchmark rows chosen by {@code select}, made for {@code ctx}. */
    static ScoredOffer scoreOne(Offer offer, ScoringContext ctx, PayScale scale, BenchmarkSelector select) {
        PayProjection pay = PayProjector.project(offer, ctx);
        // Without a cost-of-living or tax estimate applied the two projections are the same: compute one.
        PayProjection nominal = pay.estimate().applied() ? PayProjector.projectNominal(offer, ctx) : pay;
        Map<Criterion, CriterionScore> raw = CriteriaScorer.score(offer, pay, scale, ctx);
        List<MarketPosition> positions = MarketAnalyzer.positions(offer, nominal, select);
        return new ScoredOffer(offer, pay, raw, positions, NegotiationHints.forOffer(offer, nominal, positions, ctx));
    }

    /** Weighted totals under {@code weights}, rank order, close call and sensitivity: no offer is scored again. */
    public static Ranking rank(ScoredOffers scoredOffers, WeightProfile weights) {
        Objects.requireNonNull(weights, "weights");
        Weighing weighing = new Weighing(weights);
        List<OfferScore> scored = new ArrayList<>(scoredOffers.offers().size());
        for (ScoredOffer s : scoredOffers.offers()) {
            scored.add(weighing.score(s));
        }
        scored.sort(ORDER);
        List<OfferScore> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            OfferScore s = scored.get(i);
            boolean tiedWithPrevious = i > 0 && s.total().compareTo(scored.get(i - 1).total()) == 0;
            ranked.add(s.withRank(tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1));
        }
        boolean closeCall = ranked.size() >= 2
                && ranked.get(0).total().subtract(ranked.get(1).total()).compareTo(BigDecimal.valueOf(Ranking.CLOSE_CALL_POINTS)) <= 0;
        return new Ranking(weights, ranked, closeCall, SensitivityAnalyzer.analyze(ranked, weights), scoredOffers.payScale(),
                scoredOffers.estimates(), scoredOffers.excluded());
    }

    /** One offer's score, rank 0 (unranked). */
    public static OfferScore score(Offer offer, WeightProfile weights, ScoringContext ctx, PayScale scale) {
        return new Weighing(weights).score(scoreOne(offer, ctx, scale));
    }

    /** A profile's weights applied to each offer's answered criteria. */
    private static final class Weighing {
        private static final BigDecimal ZERO_POINTS = BigDecimal.ZERO.setScale(2);
        private static final BigDecimal ZERO_SHARE = BigDecimal.ZERO.setScale(4);

        private final WeightProfile weights;
        /** By the set of answered criteria (a bit per criterion): the sum of their weights and each one's share of it. */
        private final Map<Long, Answered> byAnswered = new java.util.HashMap<>();

        private record Answered(BigDecimal sum, BigDecimal[] shares) {
        }

        /** A criterion's raw score under one set of answered criteria: its points are the same wherever it recurs. */
        private record PointsKey(long answered, Criterion criterion, BigDecimal raw) {
        }

        private final Map<PointsKey, BigDecimal> pointsMemo = new java.util.HashMap<>();

        /**
         * {@link WeightedTotal#points} for this profile, remembered: most criteria take a handful of raw scores
         * (ratings, choices), so a long list divides once per distinct (answered set, criterion, raw score).
         */
        private BigDecimal points(long mask, Criterion c, BigDecimal raw, BigDecimal w, BigDecimal sum) {
            return pointsMemo.computeIfAbsent(new PointsKey(mask, c, raw), k -> WeightedTotal.points(raw, w, sum));
        }

        /** The answered criteria's weight sum and shares: the same for every offer with the same criteria answered. */
        private Answered answered(long mask) {
            return byAnswered.computeIfAbsent(mask, m -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (Criterion c : Criterion.values()) {
                    if ((m & (1L << c.ordinal())) != 0) {
                        sum = sum.add(weights.weight(c));
                    }
                }
                BigDecimal[] shares = new BigDecimal[Criterion.values().length];
                for (Criterion c : Criterion.values()) {
                    shares[c.ordinal()] = sum.signum() > 0 ? weights.weight(c).divide(sum, 4, RoundingMode.HALF_UP) : ZERO_SHARE;
                }
                return new Answered(sum, shares);
            });
        }

        Weighing(WeightProfile weights) {
            this.weights = weights;
        }

        /**
         * Unknown is unknown: a criterion the user left blank is left out and the weights of the answered
         * ones are renormalised for this offer, so a blank neither helps nor hurts the total.
         */
        OfferScore score(ScoredOffer s) {
            long mask = 0;
            for (Criterion c : Criterion.values()) {
                if (s.criterion(c).entered()) {
                    mask |= 1L << c.ordinal();
                }
            }
            Answered a = answered(mask);
            List<ScoreComponent> components = new ArrayList<>(Criterion.values().length);
            BigDecimal total = ZERO_POINTS;
            for (Criterion c : Criterion.values()) {
                CriterionScore cs = s.criterion(c);
                BigDecimal w = weights.weight(c);
                boolean counts = cs.entered() && a.sum.signum() > 0;
                BigDecimal points = counts ? points(mask, c, cs.score(), w, a.sum) : ZERO_POINTS;
                BigDecimal share = counts ? a.shares[c.ordinal()] : ZERO_SHARE;
                total = total.add(points);
                components.add(new ScoreComponent(c, points, cs.score(), w, share, cs.answer(), cs.reasons()));
            }
            return new OfferScore(s.offer(), 0, total, components, s.pay(), s.marketPositions(), s.hints());
        }
    }
}
