package io.offerbench.scoring.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WeightRegionsProperties {

    private static final ScoringContext CTX = NegotiationFixtures.context();

    @Provide
    Arbitrary<List<Offer>> offers() {
        return NegotiationFixtures.offers();
    }

    @Provide
    Arbitrary<WeightProfile> weights() {
        return NegotiationFixtures.weightProfiles();
    }

    /** Inside a region (its middle, and next to each edge) the offer leads; at the weights on screen it does not. */
    @Property(tries = 60)
    void insideARegionTheOfferLeads(@ForAll("offers") List<Offer> offers, @ForAll("weights") WeightProfile weights) {
        Ranking ranking = OfferScorer.rank(offers, weights, CTX);
        for (WeightRegions.Regions r : WeightRegions.of(ranking)) {
            for (WeightRegion region : r.regions()) {
                BigDecimal from = region.from() == null ? BigDecimal.ZERO : region.from();
                BigDecimal to = region.to() == null ? share(weights, region.criterion(), BigDecimal.valueOf(100)) : region.to();
                BigDecimal middle = from.add(to).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
                assertThat(leads(ranking, r.offer(), weightFor(weights, region.criterion(), middle), region.criterion()))
                        .as("%s at share %s of %s", r.offer().company(), middle, region).isTrue();
                assertThat(leads(ranking, r.offer(), weights.weight(region.criterion()), region.criterion())).isFalse();
            }
        }
    }

    private static BigDecimal share(WeightProfile w, Criterion c, BigDecimal x) {
        BigDecimal others = w.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).subtract(w.weight(c));
        return x.divide(others.add(x), MathContext.DECIMAL64);
    }

    /** The raw weight giving criterion c the share s, the others unchanged: x = s * others / (1 - s). */
    private static BigDecimal weightFor(WeightProfile w, Criterion c, BigDecimal s) {
        BigDecimal others = w.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).subtract(w.weight(c));
        return s.multiply(others).divide(BigDecimal.ONE.subtract(s), MathContext.DECIMAL64);
    }

    /** The offer's unrounded weighted sum beats every other offer's with c weighing x. */
    private static boolean leads(Ranking ranking, Offer offer, BigDecimal x, Criterion c) {
        BigDecimal mine = null;
        BigDecimal best = null;
        for (OfferScore s : ranking.scores()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Criterion d : Criterion.values()) {
                sum = sum.add(s.component(d).rawScore().multiply(d == c ? x : ranking.weights().weight(d)));
            }
            if (s.offer() == offer) {
                mine = sum;
            } else if (best == null || sum.compareTo(best) > 0) {
                best = sum;
            }
        }
        return mine.compareTo(best) > 0;
    }
}
