package io.offerbench.scoring.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CounterOfferSolverProperties {

    private static final ScoringContext CTX = NegotiationFixtures.context();

    @Provide
    Arbitrary<List<Offer>> offers() {
        return NegotiationFixtures.offers();
    }

    @Provide
    Arbitrary<WeightProfile> weights() {
        return NegotiationFixtures.weightProfiles();
    }

    /** With its target an offer leads outright; one unit less (and so 95% of it) it does not. */
    @Property(tries = 60)
    void everyTargetIsTheSmallestWholeRaiseThatLeads(@ForAll("offers") List<Offer> offers, @ForAll("weights") WeightProfile weights) {
        Ranking ranking = OfferScorer.rank(offers, weights, CTX);
        for (CounterOffer c : CounterOfferSolver.solve(ranking, CTX)) {
            for (LeverTarget t : c.targets()) {
                if (c.leads()) {
                    assertThat(t.increase()).isZero();
                    assertThat(leadsWith(c.offer(), t.lever(), BigDecimal.ZERO, offers, weights)).isTrue();
                } else if (t.reachable()) {
                    assertThat(leadsWith(c.offer(), t.lever(), t.increase(), offers, weights)).as("with the target").isTrue();
                    assertThat(leadsWith(c.offer(), t.lever(), t.increase().subtract(BigDecimal.ONE), offers, weights))
                            .as("one unit less").isFalse();
                    BigDecimal ninetyFive = t.increase().multiply(new BigDecimal("0.95")).setScale(0, RoundingMode.FLOOR);
                    assertThat(leadsWith(c.offer(), t.lever(), ninetyFive, offers, weights)).as("95%").isFalse();
                } else {
                    BigDecimal limit = CounterOfferSolver.limit(c.offer(), ranking, CTX);
                    assertThat(leadsWith(c.offer(), t.lever(), limit, offers, weights)).as("at the search limit").isFalse();
                }
            }
        }
    }

    /** Ranks the whole comparison again with the one offer replaced by its raised copy. */
    private static boolean leadsWith(Offer offer, Lever lever, BigDecimal raise, List<Offer> offers, WeightProfile weights) {
        List<Offer> changed = offers.stream().map(o -> o.id() == offer.id() ? lever.raise(o, raise) : o).toList();
        List<OfferScore> ranked = OfferScorer.rank(changed, weights, CTX).scores();
        return ranked.get(0).offer().id() == offer.id()
                && (ranked.size() < 2 || ranked.get(0).total().compareTo(ranked.get(1).total()) > 0);
    }
}
