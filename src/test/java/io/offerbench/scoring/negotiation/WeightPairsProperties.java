package io.offerbench.scoring.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Two weights moved together: at the corner said, the offer ranks first under the main score; inside a quadrant said "at least / at most", too. */
class WeightPairsProperties {

    private static final ScoringContext CTX = NegotiationFixtures.context();

    @Provide
    Arbitrary<List<Offer>> offers() {
        return NegotiationFixtures.offers();
    }

    @Provide
    Arbitrary<WeightProfile> weights() {
        return NegotiationFixtures.weightProfiles();
    }

    @Provide
    Arbitrary<List<Offer>> offersWithBlanks() {
        return NegotiationFixtures.offersWithBlanks();
    }

    @Property(tries = 40)
    void atTheCornerTheOfferRanksFirst(@ForAll("offers") List<Offer> offers, @ForAll("weights") WeightProfile weights) {
        checkCorners(offers, weights);
    }

    /**
     * The same with random blanks: the pairs use the main score's rule (blanks left out, weights renormalised per offer),
     * under which the lead can hold, stop and hold again as one weight rises (the bisection on single points that
     * WeightPairs used before could name a corner just past which the offer was second).
     */
    @Property(tries = 40)
    void atTheCornerTheOfferRanksFirstWithBlanksLeftOut(@ForAll("offersWithBlanks") List<Offer> offers, @ForAll("weights") WeightProfile weights) {
        checkCorners(offers, weights);
    }

    private static void checkCorners(List<Offer> offers, WeightProfile weights) {
        Ranking ranking = OfferScorer.rank(offers, weights, CTX);
        for (int j = 1; j < ranking.scores().size(); j++) {
            if (ranking.scores().get(j).rank() == 1) {
                continue; // tied for first: said as a tie, not a region
            }
            Optional<WeightPair> found = WeightPairs.nearest(ranking, j);
            if (found.isEmpty()) {
                continue;
            }
            WeightPair p = found.get();
            // A hair beyond the corner, the main score (blanks left out, 2-decimal points) puts it first: the corner as the
            // words round it, and 0.2 points of share further up (or halfway to the top of up's slider, if that is nearer).
            BigDecimal said = p.upShare().setScale(3, RoundingMode.CEILING);
            BigDecimal saidDown = p.downShare().setScale(3, RoundingMode.FLOOR);
            BigDecimal down = p.downShare().multiply(new BigDecimal("0.98"));
            BigDecimal hair = new BigDecimal("0.002").min(sliderTop(weights, p.up(), p.down(), down).subtract(p.upShare())
                    .divide(BigDecimal.valueOf(2), MathContext.DECIMAL64));
            for (BigDecimal[] at : new BigDecimal[][] {{said, saidDown}, {p.upShare().add(hair), down}}) {
                WeightProfile moved = withShares(weights, p.up(), at[0], p.down(), at[1]);
                assertThat(strictlyFirst(OfferScorer.rank(offers, moved, CTX), p.offer())).as("%s at %s, %s", p, at[0], at[1]).isTrue();
            }
            assertThat(NegotiationWords.regions(List.of(new WeightRegions.Regions(p.offer(), false, ranking.scores().get(0).offer(),
                    List.of(), p)))).singleElement().asString().contains(p.offer().label());
            if (p.quadrant()) {
                // The far corner of the quadrant the words claim: the raised weight at the top of its slider, the other at 0.
                WeightProfile far = weights.with(p.up(), BigDecimal.valueOf(100)).with(p.down(), BigDecimal.ZERO);
                assertThat(strictlyFirst(OfferScorer.rank(offers, far, CTX), p.offer())).as("quadrant %s", p).isTrue();
            }
        }
    }

    /**
     * Weights giving {@code up} and {@code down} these shares of the total, every other weight unchanged
     * relative to the others; all scaled down together when one would pass the slider's 100 (the ranking
     * depends only on the shares).
     */
    static WeightProfile withShares(WeightProfile w, Criterion up, BigDecimal su, Criterion down, BigDecimal sd) {
        BigDecimal others = BigDecimal.ZERO;
        for (Criterion c : Criterion.values()) {
            if (c != up && c != down) {
                others = others.add(w.weight(c));
            }
        }
        BigDecimal rest = BigDecimal.ONE.subtract(su).subtract(sd);
        java.util.Map<Criterion, BigDecimal> m = new java.util.EnumMap<>(Criterion.class);
        BigDecimal scale = rest.signum() <= 0 || others.signum() == 0 ? BigDecimal.valueOf(100) : others.divide(rest, MathContext.DECIMAL64);
        for (Criterion c : Criterion.values()) {
            m.put(c, c == up ? su.multiply(scale) : c == down ? sd.multiply(scale) : rest.signum() <= 0 ? BigDecimal.ZERO : w.weight(c));
        }
        BigDecimal max = m.values().stream().max(BigDecimal::compareTo).orElseThrow();
        if (max.compareTo(BigDecimal.valueOf(100)) > 0) {
            BigDecimal down100 = BigDecimal.valueOf(100).divide(max, MathContext.DECIMAL64);
            m.replaceAll((c, v) -> v.multiply(down100, MathContext.DECIMAL64).min(BigDecimal.valueOf(100)));
        }
        return new WeightProfile(w.name(), m);
    }

    /** Listed first with a total above every other offer's, as the Ranking screen shows totals. */
    static boolean strictlyFirst(Ranking r, Offer o) {
        List<OfferScore> s = r.scores();
        return s.get(0).offer().equals(o) && (s.size() < 2 || s.get(0).total().compareTo(s.get(1).total()) > 0);
    }

    /** Up's share with its weight at the top of the slider (100), down's share {@code sd}, the others as they are. */
    static BigDecimal sliderTop(WeightProfile w, Criterion up, Criterion down, BigDecimal sd) {
        BigDecimal others = BigDecimal.ZERO;
        for (Criterion c : Criterion.values()) {
            if (c != up && c != down) {
                others = others.add(w.weight(c));
            }
        }
        BigDecimal max = BigDecimal.valueOf(100);
        return max.multiply(BigDecimal.ONE.subtract(sd)).divide(others.add(max), MathContext.DECIMAL64);
    }
}
