package io.offerbench.scoring.negotiation;

import static io.offerbench.scoring.negotiation.NegotiationFixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Examples for {@link WeightPairs}. The first is the case {@code WeightPairsProperties} found when the
 * property classes first ran (seed 4386087454779236627, shrunk): with blanks left out, the bisection
 * named "Offer A would lead if team fit weighed 20.4% and hours 2.0%", and just past that corner
 * Offer A is second.
 */
class WeightPairsTest {

    private static final ScoringContext CTX = NegotiationFixtures.context();

    private static final List<Offer> BLANKS = List.of(
            offer(1, "Offer A", OfferType.AI_STARTUP, CurrencyCode.CNY, 420042, 1498, 2188165, false,
                    new Criteria(null, null, null, TopicFit.LLM_GENAI_CORE, null, 3, 3, 4, 84, 20, VisaSupport.PARTIAL, 2, false)),
            offer(2, "Offer B", OfferType.AI_STARTUP, CurrencyCode.CNY, 420070, 259, 4081, false,
                    new Criteria(0, null, ComputeAccess.SCARCE, null, null, 3, 3, 2, 51, 20, VisaSupport.PARTIAL, null, false)),
            offer(3, "Offer C", OfferType.ACADEMIA_FACULTY, CurrencyCode.CNY, 420021, 623, 484134, true,
                    new Criteria(null, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, null, TopicFit.LLM_GENAI_CORE, 1, null, null, 4, 78,
                            20, VisaSupport.FULL, 5, false)),
            offer(4, "Offer D", OfferType.AI_STARTUP, CurrencyCode.USD, 60146, 3, 41294, true,
                    new Criteria(null, null, null, null, null, null, null, 1, 87, 20, VisaSupport.NONE, null, false)),
            offer(5, "Offer E", OfferType.FRONTIER_LAB, CurrencyCode.USD, 500000, 99999, 2, false,
                    new Criteria(null, PublicationPolicy.OPEN, ComputeAccess.SCARCE, TopicFit.LLM_GENAI_CORE, 2, 3, 3, 2, 30, 20,
                            VisaSupport.NOT_NEEDED, null, false)),
            offer(6, "Offer F", OfferType.ACADEMIA_FACULTY, CurrencyCode.USD, 61213, 13657, 135304, false,
                    new Criteria(82, null, null, null, 1, 3, 3, 5, 73, 20, VisaSupport.FULL, 1, false)));

    private static final WeightProfile WEIGHTS = NegotiationFixtures.weights(17, 26, 4, 4, 10, 2, 26, 20, 30, 24, 9, 17, 38, 2);

    @Test
    void theCornerTheBisectionNamedWasNotTrueAndIsNotNamedNow() {
        Ranking ranking = OfferScorer.rank(BLANKS, WEIGHTS, CTX);
        Offer a = BLANKS.get(0);
        int j = indexOf(ranking, a);
        assertThat(j).as("Offer A does not lead under these weights").isPositive();
        // What the bisection said, and a hair beyond it: Offer A is second there.
        WeightProfile old = WeightPairsProperties.withShares(WEIGHTS, Criterion.TEAM_FIT, new BigDecimal("0.2059548524774188"),
                Criterion.HOURS, new BigDecimal("0.02059781964670301").multiply(new BigDecimal("0.98")));
        assertThat(WeightPairsProperties.strictlyFirst(OfferScorer.rank(BLANKS, old, CTX), a)).isFalse();

        Optional<WeightPair> found = WeightPairs.nearest(ranking, j);
        assertThat(found).isPresent();
        holdsAsSaid(BLANKS, WEIGHTS, found.get());
    }

    @Test
    void everyPairNamedForTheBlanksCaseHoldsAtItsCornerAndBeyond() {
        Ranking ranking = OfferScorer.rank(BLANKS, WEIGHTS, CTX);
        int named = 0;
        for (int j = 1; j < ranking.scores().size(); j++) {
            Optional<WeightPair> p = WeightPairs.nearest(ranking, j);
            if (p.isPresent()) {
                named++;
                holdsAsSaid(BLANKS, WEIGHTS, p.get());
            }
        }
        assertThat(named).isPositive();
    }

    /** Two offers with every criterion answered, apart in pay, freedom and publishing only: the second leads beyond a corner. */
    @Test
    void aQuadrantIsSaidWhenTheOfferLeadsEverywhereBeyondTheCorner() {
        Criteria open = new Criteria(90, PublicationPolicy.OPEN, ComputeAccess.GENEROUS, TopicFit.LLM_GENAI_CORE, 5, 5, 3, 5, 40, 10,
                VisaSupport.FULL, 5, false);
        Criteria closed = new Criteria(10, PublicationPolicy.CLOSED, ComputeAccess.GENEROUS, TopicFit.LLM_GENAI_CORE, 5, 5, 3, 5, 40,
                10, VisaSupport.FULL, 5, false);
        List<Offer> offers = List.of(offer(1, "Lab", OfferType.FRONTIER_LAB, CurrencyCode.USD, 60000, 0, 0, false, open),
                offer(2, "Fund", OfferType.BIG_TECH_RESEARCH, CurrencyCode.USD, 500000, 0, 0, false, closed));
        WeightProfile w = NegotiationFixtures.weights(5, 40, 40, 10, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        Ranking ranking = OfferScorer.rank(offers, w, CTX);
        assertThat(ranking.scores().get(0).offer().label()).isEqualTo("Lab");
        WeightPair p = WeightPairs.nearest(ranking, 1).orElseThrow();
        assertThat(p.quadrant()).isTrue();
        assertThat(p.upShare().scale()).isLessThanOrEqualTo(3);
        holdsAsSaid(offers, w, p);
    }

    /** At the corner as said (to 0.1 points of share), a hair beyond it, and for a quadrant its far corner: strictly first. */
    private static void holdsAsSaid(List<Offer> offers, WeightProfile w, WeightPair p) {
        BigDecimal said = p.upShare().setScale(3, RoundingMode.CEILING);
        BigDecimal saidDown = p.downShare().setScale(3, RoundingMode.FLOOR);
        assertThat(first(offers, WeightPairsProperties.withShares(w, p.up(), said, p.down(), saidDown), p.offer())).as("at %s", p).isTrue();
        assertThat(first(offers, WeightPairsProperties.withShares(w, p.up(), said.add(new BigDecimal("0.001")), p.down(),
                saidDown.multiply(new BigDecimal("0.99"))), p.offer())).as("beyond %s", p).isTrue();
        if (p.quadrant()) {
            assertThat(first(offers, w.with(p.up(), BigDecimal.valueOf(100)).with(p.down(), BigDecimal.ZERO), p.offer()))
                    .as("far corner %s", p).isTrue();
        }
    }

    private static boolean first(List<Offer> offers, WeightProfile w, Offer o) {
        return WeightPairsProperties.strictlyFirst(OfferScorer.rank(offers, w, CTX), o);
    }

    private static int indexOf(Ranking r, Offer o) {
        for (int i = 0; i < r.scores().size(); i++) {
            if (r.scores().get(i).offer().equals(o)) {
                return i;
            }
        }
        throw new AssertionError(o.label());
    }
}
