package io.offerbench.scoring.negotiation;

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
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unknown is unknown in rank acceptability too: a blank criterion is left out and the sampled weights
 * renormalised over the answered ones, exactly as the main score does, never counted as a middling 50.
 */
class RankAcceptabilityBlanksTest {

    private static final ScoringContext CTX = NegotiationFixtures.context();
    private static final Criteria BLANK = new Criteria(null, null, null, null, null, null, null, null, null, null, null);
    /** Honest answers a little below the middle: each criterion scores under 50. */
    private static final Criteria MEDIOCRE = new Criteria(40, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, ComputeAccess.MODEST,
            TopicFit.OTHER_IN_DEMAND, 2, 2, 2, 2, 55, 45, VisaSupport.PARTIAL);

    @Test
    void anOfferWithBlankCriteriaIsWeighedAsTheMainScoreWeighsItNotAsFifties() {
        WeightProfile w = new WeightProfile("test", java.util.Map.ofEntries(java.util.Map.entry(Criterion.PAY, BigDecimal.valueOf(20)),
                java.util.Map.entry(Criterion.RESEARCH_FREEDOM, BigDecimal.TEN), java.util.Map.entry(Criterion.PUBLICATION, BigDecimal.TEN),
                java.util.Map.entry(Criterion.COMPUTE, BigDecimal.TEN), java.util.Map.entry(Criterion.TOPIC_FIT, BigDecimal.TEN),
                java.util.Map.entry(Criterion.TEAM_FIT, BigDecimal.TEN), java.util.Map.entry(Criterion.ROLE_CLARITY, BigDecimal.TEN),
                java.util.Map.entry(Criterion.PRODUCT_CLOSENESS, BigDecimal.valueOf(5)), java.util.Map.entry(Criterion.STABILITY, BigDecimal.valueOf(5)),
                java.util.Map.entry(Criterion.HOURS, BigDecimal.valueOf(5)), java.util.Map.entry(Criterion.COMMUTE, BigDecimal.valueOf(5))));
        // Pay low enough that the honest mediocre answers lift the mediocre offer above the one scored on pay alone.
        Offer blank = NegotiationFixtures.offer(1, "Blank", OfferType.AI_STARTUP, CurrencyCode.USD, 60_000, 0, 0, false, BLANK);
        Offer mediocre = NegotiationFixtures.offer(2, "Mediocre", OfferType.AI_STARTUP, CurrencyCode.USD, 60_000, 0, 0, false, MEDIOCRE);
        Ranking ranking = OfferScorer.rank(List.of(blank, mediocre), w, CTX);
        OfferScore b = of(ranking, "Blank");
        OfferScore m = of(ranking, "Mediocre");
        // The situation the issue names: counting blanks as 50 would put the blank offer first, the main score does not.
        assertThat(m.total()).isGreaterThan(b.total());
        assertThat(fiftyForBlanks(b, w)).isGreaterThan(m.total().doubleValue());

        AcceptabilityInputs in = AcceptabilityInputs.of(ranking, CTX);
        double[] exact = shares(w);
        for (int i = 0; i < 2; i++) {
            // At the user's own weights the model's total is the main score (to its 2-decimal rounding per criterion).
            assertThat(RankAcceptabilityModel.total(in.raw()[i][0], exact))
                    .isCloseTo(ranking.scores().get(i).total().doubleValue(), org.assertj.core.data.Offset.offset(0.06));
        }
        RankAcceptability table = RankAcceptabilityModel.compute(in, w, WeightCertainty.VERY_SURE);
        assertThat(table.leads(table.offers().indexOf(mediocre))).isGreaterThan(new BigDecimal("0.9"));
        assertThat(table.leads(table.offers().indexOf(blank))).isLessThan(new BigDecimal("0.1"));
    }

    private static double fiftyForBlanks(OfferScore s, WeightProfile w) {
        double t = 0;
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            double weight = w.weight(c).doubleValue();
            t += weight * (s.component(c).entered() ? s.component(c).rawScore().doubleValue() : 50);
            sum += weight;
        }
        return t / sum;
    }

    private static double[] shares(WeightProfile w) {
        double[] out = new double[Criterion.values().length];
        for (Criterion c : Criterion.values()) {
            out[c.ordinal()] = w.weight(c).doubleValue();
        }
        return out;
    }

    private static OfferScore of(Ranking r, String company) {
        return r.scores().stream().filter(s -> s.offer().company().equals(company)).findFirst().orElseThrow();
    }
}
