package io.offerbench.scoring.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoreComponent;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The single-weight regions agree with the main score, blanks left out and weights renormalised per
 * offer: exactly with its unrounded totals at a hair either side of every edge, and with the ranking
 * itself (2-decimal points) wherever the margin is larger than that rounding can move.
 */
class WeightRegionsProperties {

    private static final ScoringContext CTX = NegotiationFixtures.context();
    private static final MathContext MC = new MathContext(40);
    /** A hair, in weight units (the slider runs 0..100). */
    private static final BigDecimal HAIR = new BigDecimal("1e-12");
    /** Each total is a sum of 14 points rounded to 2 decimals: at most 0.07 off; two totals 0.14. */
    private static final BigDecimal ROUNDING = new BigDecimal("0.15");

    @Provide
    Arbitrary<List<Offer>> offers() {
        return NegotiationFixtures.offers();
    }

    @Provide
    Arbitrary<List<Offer>> offersWithBlanks() {
        return NegotiationFixtures.offersWithBlanks();
    }

    @Provide
    Arbitrary<WeightProfile> weights() {
        return NegotiationFixtures.weightProfiles();
    }

    /** A hair inside each edge the offer's unrounded total is above every other's; a hair outside it is not. */
    @Property(tries = 150)
    void edgesAreExactWithBlanksLeftOut(@ForAll("offersWithBlanks") List<Offer> offers, @ForAll("weights") WeightProfile weights) {
        checkEdges(offers, weights);
    }

    @Property(tries = 60)
    void edgesAreExactWithEverythingAnswered(@ForAll("offers") List<Offer> offers, @ForAll("weights") WeightProfile weights) {
        checkEdges(offers, weights);
    }

    private static void checkEdges(List<Offer> offers, WeightProfile weights) {
        Ranking ranking = OfferScorer.rank(offers, weights, CTX);
        boolean any = false;
        for (WeightRegions.Regions r : WeightRegions.of(ranking)) {
            for (WeightRegion region : r.regions()) {
                Criterion c = region.criterion();
                BigDecimal lo = region.from() == null ? BigDecimal.ZERO : weightFor(weights, c, region.from());
                BigDecimal hi = region.to() == null ? BigDecimal.valueOf(100) : weightFor(weights, c, region.to());
                assertThat(lo).as("%s", region).isLessThan(hi);
                any = true;
                assertThat(exactMargin(ranking, r.offer(), weights, c, mid(lo, hi))).as("middle of %s", region).isPositive();
                if (region.from() != null) {
                    assertThat(exactMargin(ranking, r.offer(), weights, c, lo.add(HAIR))).as("inside from of %s", region).isPositive();
                    if (lo.compareTo(HAIR) >= 0 && !inAnother(r, region, lo.subtract(HAIR), weights)) {
                        assertThat(exactMargin(ranking, r.offer(), weights, c, lo.subtract(HAIR))).as("outside from of %s", region)
                                .isNotPositive();
                    }
                } else {
                    assertThat(exactMargin(ranking, r.offer(), weights, c, BigDecimal.ZERO)).as("at 0, %s", region).isPositive();
                }
                if (region.to() != null) {
                    assertThat(exactMargin(ranking, r.offer(), weights, c, hi.subtract(HAIR))).as("inside to of %s", region).isPositive();
                    if (hi.add(HAIR).compareTo(BigDecimal.valueOf(100)) <= 0 && !inAnother(r, region, hi.add(HAIR), weights)) {
                        assertThat(exactMargin(ranking, r.offer(), weights, c, hi.add(HAIR))).as("outside to of %s", region)
                                .isNotPositive();
                    }
                } else {
                    assertThat(exactMargin(ranking, r.offer(), weights, c, BigDecimal.valueOf(100))).as("at 100, %s", region).isPositive();
                }
            }
        }
        Statistics.label("some offer has a region").collect(any);
    }

    /**
     * The ranking itself: with the weight set in the middle of a region the offer ranks first; with it
     * one weight point outside an edge (or half-way to 0) it does not — wherever the offers are further
     * apart there than rounding can move (closer, the 2-decimal points decide, which no region claims).
     */
    @Property(tries = 150)
    void theMainScoreRanksTheOfferFirstInsideAndNotJustOutside(@ForAll("offersWithBlanks") List<Offer> offers,
            @ForAll("weights") WeightProfile weights) {
        Ranking ranking = OfferScorer.rank(offers, weights, CTX);
        int checked = 0;
        for (WeightRegions.Regions r : WeightRegions.of(ranking)) {
            for (WeightRegion region : r.regions()) {
                Criterion c = region.criterion();
                BigDecimal lo = region.from() == null ? BigDecimal.ZERO : weightFor(weights, c, region.from());
                BigDecimal hi = region.to() == null ? BigDecimal.valueOf(100) : weightFor(weights, c, region.to());
                BigDecimal middle = mid(lo, hi);
                if (decisive(ranking, r.offer(), weights, c, middle)) {
                    assertThat(strictlyFirst(offers, weights.with(c, middle), r.offer())).as("middle of %s", region).isTrue();
                    checked++;
                }
                if (region.from() != null) {
                    BigDecimal out = lo.subtract(BigDecimal.ONE.min(mid(BigDecimal.ZERO, lo)));
                    if (!inAnother(r, region, out, weights) && decisive(ranking, r.offer(), weights, c, out)) {
                        assertThat(strictlyFirst(offers, weights.with(c, out), r.offer())).as("below %s", region).isFalse();
                        checked++;
                    }
                }
                if (region.to() != null) {
                    BigDecimal out = hi.add(BigDecimal.ONE).min(BigDecimal.valueOf(100));
                    if (!inAnother(r, region, out, weights) && decisive(ranking, r.offer(), weights, c, out)) {
                        assertThat(strictlyFirst(offers, weights.with(c, out), r.offer())).as("above %s", region).isFalse();
                        checked++;
                    }
                }
            }
        }
        Statistics.label("checked against the ranking").collect(checked > 0);
        Statistics.label("checked against the ranking").coverage(cov -> cov.check(true).percentage(p -> p > 20));
    }

    /** At the weights on screen no offer listed below the leader leads outright. */
    @Property(tries = 60)
    void theWeightsOnScreenAreOutsideEveryRegion(@ForAll("offersWithBlanks") List<Offer> offers, @ForAll("weights") WeightProfile weights) {
        Ranking ranking = OfferScorer.rank(offers, weights, CTX);
        for (WeightRegions.Regions r : WeightRegions.of(ranking)) {
            for (WeightRegion region : r.regions()) {
                BigDecimal now = weights.weight(region.criterion());
                if (exactMargin(ranking, r.offer(), weights, region.criterion(), now).abs().compareTo(ROUNDING) > 0) {
                    assertThat(inRegion(region, now, weights)).as("%s at the weights on screen", region).isFalse();
                }
            }
        }
    }

    /** The unrounded totals are further apart than the 2-decimal rounding of two totals can move. */
    private static boolean decisive(Ranking ranking, Offer offer, WeightProfile w, Criterion c, BigDecimal x) {
        return exactMargin(ranking, offer, w, c, x).abs().compareTo(ROUNDING) > 0;
    }

    private static boolean inAnother(WeightRegions.Regions r, WeightRegion self, BigDecimal x, WeightProfile w) {
        return r.regions().stream().anyMatch(o -> o != self && o.criterion() == self.criterion() && inRegion(o, x, w));
    }

    private static boolean inRegion(WeightRegion region, BigDecimal x, WeightProfile w) {
        BigDecimal lo = region.from() == null ? BigDecimal.ZERO : weightFor(w, region.criterion(), region.from());
        BigDecimal hi = region.to() == null ? BigDecimal.valueOf(100) : weightFor(w, region.criterion(), region.to());
        return x.compareTo(lo) >= 0 && x.compareTo(hi) <= 0;
    }

    private static BigDecimal mid(BigDecimal a, BigDecimal b) {
        return a.add(b).divide(BigDecimal.valueOf(2), MC);
    }

    /** The raw weight giving criterion c the share s, the others unchanged: x = s * others / (1 - s). */
    private static BigDecimal weightFor(WeightProfile w, Criterion c, BigDecimal s) {
        BigDecimal others = w.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).subtract(w.weight(c));
        return s.multiply(others).divide(BigDecimal.ONE.subtract(s), MC);
    }

    /**
     * The offer's unrounded total minus the best other offer's with c weighing x, as the main score
     * totals: answered criteria only, weights renormalised over them (nothing answered with weight: 0).
     */
    private static BigDecimal exactMargin(Ranking ranking, Offer offer, WeightProfile w, Criterion c, BigDecimal x) {
        BigDecimal mine = null;
        BigDecimal best = null;
        for (OfferScore s : ranking.scores()) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weight = BigDecimal.ZERO;
            for (Criterion d : Criterion.values()) {
                ScoreComponent sc = s.component(d);
                if (sc.entered()) {
                    BigDecimal wd = d == c ? x : w.weight(d);
                    sum = sum.add(sc.rawScore().multiply(wd));
                    weight = weight.add(wd);
                }
            }
            BigDecimal total = weight.signum() == 0 ? BigDecimal.ZERO : sum.divide(weight, MC);
            if (s.offer() == offer) {
                mine = total;
            } else if (best == null || total.compareTo(best) > 0) {
                best = total;
            }
        }
        return mine.subtract(best);
    }

    /** Under the main scorer itself, ranked first with a total above every other offer's. */
    private static boolean strictlyFirst(List<Offer> offers, WeightProfile w, Offer offer) {
        List<OfferScore> scores = OfferScorer.rank(offers, w, CTX).scores();
        return scores.get(0).offer().equals(offer) && (scores.size() < 2 || scores.get(0).total().compareTo(scores.get(1).total()) > 0);
    }
}
