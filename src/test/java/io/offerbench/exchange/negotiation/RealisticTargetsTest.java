package io.offerbench.exchange.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import io.offerbench.exchange.BenchmarkDataset;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.scoring.negotiation.CounterOffer;
import io.offerbench.scoring.negotiation.CounterOfferSolver;
import io.offerbench.scoring.negotiation.Lever;
import io.offerbench.scoring.negotiation.LeverTarget;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A raise of at most a quarter of base is said as an ask; a larger one is said as "not a realistic ask",
 * and where the leader gains its lead is said beside it.
 */
class RealisticTargetsTest {

    private static final ScoringContext CTX = ScoringContext.defaults(new CurrencyTable(List.of()), BenchmarkDataset.bundled().benchmarks());
    private static final Criteria SAME = new Criteria(40, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, ComputeAccess.GENEROUS,
            TopicFit.LLM_GENAI_CORE, 4, 4, 3, 4, 50, 30, VisaSupport.FULL).withInterest(4);

    private static Offer offer(String company, String base, Criteria criteria) {
        return Offer.builder().company(company).roleTitle("Research Scientist").type(OfferType.BIG_TECH_RESEARCH)
                .seniority(Seniority.NEW_GRAD_PHD).location(new Location("Seattle", "USA", false)).currency(CurrencyCode.USD)
                .pay(Compensation.ofBase(new BigDecimal(base))).criteria(criteria).build();
    }

    private static CounterOffer solve(Ranking r, String company) {
        return CounterOfferSolver.solve(r, CTX).stream().filter(c -> c.offer().company().equals(company)).findFirst().orElseThrow();
    }

    @Test
    void aSmallGapIsAnAskAndAGapInWhatMoneyDoesNotScoreIsNot() {
        Ranking close = OfferScorer.rank(List.of(offer("A", "220000", SAME), offer("B", "210000", SAME)), WeightPresets.balanced(), CTX);
        CounterOffer b = solve(close, "B");
        LeverTarget base = b.target(Lever.BASE_SALARY).orElseThrow();
        assertThat(base.increase()).isBetween(BigDecimal.ONE, new BigDecimal("52500"));
        assertThat(b.realistic(base)).isTrue();
        assertThat(NegotiationWords.targets(b).get(0)).startsWith("B — Research Scientist would lead with +$").doesNotContain("realistic");

        // One step better team fit is worth 2.5 points under Balanced: more than a quarter of base would be needed to match it.
        Criteria better = new Criteria(40, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, ComputeAccess.GENEROUS, TopicFit.LLM_GENAI_CORE,
                5, 4, 3, 4, 50, 30, VisaSupport.FULL).withInterest(4);
        Ranking far = OfferScorer.rank(List.of(offer("A", "200000", better), offer("B", "210000", SAME)), WeightPresets.balanced(), CTX);
        CounterOffer d = solve(far, "B");
        LeverTarget farBase = d.target(Lever.BASE_SALARY).orElseThrow();
        assertThat(farBase.increase()).isGreaterThan(new BigDecimal("52500"));
        assertThat(d.realistic(farBase)).isFalse();
        String said = String.join(" ", NegotiationWords.targets(d));
        assertThat(said).startsWith("No realistic raise puts B — Research Scientist first: it would take +$")
                .contains("more than 25% of its base salary", "not a realistic ask").doesNotContain("would lead with");
        assertThat(NegotiationWords.lead(far.scores().get(1), far)).hasValueSatisfying(s -> assertThat(s)
                .startsWith("A — Research Scientist is ").contains("points ahead, mostly on team fit (+2.50 points)", "not in pay"));
        assertThat(NegotiationWords.lead(far.scores().get(0), far)).isEmpty();
    }
}
