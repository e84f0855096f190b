package io.offerbench.scoring.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criteria;
import io.offerbench.domain.ComputeAccess;
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
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RankAcceptabilityProperties {

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
    Arbitrary<WeightCertainty> certainty() {
        return net.jqwik.api.Arbitraries.of(WeightCertainty.values());
    }

    /** Every offer takes exactly one rank per sample and every rank goes to one offer: rows and columns sum to 1. */
    @Property(tries = 40)
    void probabilitiesAreAProperTable(@ForAll("offers") List<Offer> offers, @ForAll("weights") WeightProfile weights,
            @ForAll("certainty") WeightCertainty certainty) {
        Ranking ranking = OfferScorer.rank(offers, weights, CTX);
        RankAcceptability table = RankAcceptabilityModel.compute(AcceptabilityInputs.of(ranking, CTX), weights, certainty);
        int n = offers.size();
        for (int i = 0; i < n; i++) {
            assertThat(table.row(i).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(BigDecimal.ONE);
            table.row(i).forEach(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
        }
        for (int rank = 1; rank <= n; rank++) {
            BigDecimal column = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                column = column.add(table.probability(i, rank));
            }
            assertThat(column).isEqualByComparingTo(BigDecimal.ONE);
        }
    }

    /** The same comparison gives the same figures every time (a fixed seed, no state kept between runs). */
    @Property(tries = 15)
    void sameComparisonSameFigures(@ForAll("offers") List<Offer> offers, @ForAll("weights") WeightProfile weights) {
        Ranking ranking = OfferScorer.rank(offers, weights, CTX);
        RankAcceptability a = RankAcceptabilityModel.compute(AcceptabilityInputs.of(ranking, CTX), weights, WeightCertainty.UNSURE);
        RankAcceptability b = RankAcceptabilityModel.compute(AcceptabilityInputs.of(ranking, CTX), weights, WeightCertainty.UNSURE);
        assertThat(b.counts()).isDeepEqualTo(a.counts());
    }

    /** An offer that another matches or beats on every criterion, and pays less in every equity scenario, never ranks first. */
    @Property(tries = 40)
    void aDominatedOfferNeverRanksFirst(@ForAll("offers") List<Offer> others, @ForAll("weights") WeightProfile weights,
            @ForAll @IntRange(min = 1, max = 200_000) int lessBase) {
        Offer best = others.get(0);
        // Same criteria, public stock only, strictly less base: worse pay, equal elsewhere, in every scenario.
        Offer worse = NegotiationFixtures.offer(99, "Dominated", best.type(), best.currency(),
                Math.max(0, best.pay().baseSalary().intValue() - lessBase), best.pay().signOnBonus().intValue(), 0, false,
                best.criteria());
        Offer better = NegotiationFixtures.offer(98, "Dominant", best.type(), best.currency(), best.pay().baseSalary().intValue(),
                best.pay().signOnBonus().intValue(), 0, false, best.criteria());
        List<Offer> all = new ArrayList<>(others.subList(1, others.size()));
        all.add(worse);
        all.add(better);
        WeightProfile paid = weights.with(io.offerbench.domain.Criterion.PAY, BigDecimal.valueOf(10));
        Ranking ranking = OfferScorer.rank(all, paid, CTX);
        RankAcceptability table = RankAcceptabilityModel.compute(AcceptabilityInputs.of(ranking, CTX), paid, WeightCertainty.UNSURE);
        int dominated = table.offers().indexOf(worse);
        assertThat(table.leads(dominated)).isZero();
    }

    /** A clear leader under sure weights nearly always leads; under unsure weights its lead is less certain, never more. */
    @Test
    void surerWeightsGiveTheLeaderAtLeastAsMuchOfFirstPlace() {
        Criteria open = new Criteria(80, PublicationPolicy.OPEN, ComputeAccess.ADEQUATE, TopicFit.GENAI_ADJACENT, 4, 3, 3, 4, 45, 20,
                VisaSupport.FULL);
        Criteria closed = new Criteria(10, PublicationPolicy.CLOSED, ComputeAccess.FRONTIER_SCALE, TopicFit.LLM_GENAI_CORE, 3, 3, 3, 3,
                60, 20, VisaSupport.FULL);
        List<Offer> offers = List.of(
                NegotiationFixtures.offer(1, "Helix", OfferType.FRONTIER_LAB, CurrencyCode.USD, 300_000, 50_000, 800_000, true, closed),
                NegotiationFixtures.offer(2, "Northwind", OfferType.BIG_TECH_RESEARCH, CurrencyCode.USD, 220_000, 0, 200_000, false, open));
        WeightProfile w = NegotiationFixtures.weights(30, 30, 10, 10, 0, 10, 0, 5, 0, 0, 5, 0, 0, 0); // in Criterion order; teaching and interest 0
        Ranking ranking = OfferScorer.rank(offers, w, CTX);
        AcceptabilityInputs in = AcceptabilityInputs.of(ranking, CTX);
        BigDecimal verySure = RankAcceptabilityModel.compute(in, w, WeightCertainty.VERY_SURE).leads(0);
        BigDecimal unsure = RankAcceptabilityModel.compute(in, w, WeightCertainty.UNSURE).leads(0);
        assertThat(verySure).isGreaterThan(new BigDecimal("0.5"));
        assertThat(unsure).isLessThan(verySure).isGreaterThan(BigDecimal.ZERO);
    }
}
