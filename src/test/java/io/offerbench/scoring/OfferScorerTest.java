package io.offerbench.scoring;

import static io.offerbench.scoring.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.text.SensitivityWords;

import io.offerbench.domain.Criteria;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfferScorerTest {

    private static WeightProfile only(Map<Criterion, Integer> weights) {
        Map<Criterion, BigDecimal> m = new EnumMap<>(Criterion.class);
        weights.forEach((c, w) -> m.put(c, BigDecimal.valueOf(w)));
        return new WeightProfile("test", m);
    }

    private static Offer withFreedom(String company, String base, int freedom) {
        return Fixtures.usdOffer(company, OfferType.BIG_TECH_RESEARCH, base).toBuilder()
                .criteria(new Criteria(freedom, null, null, null, null, null, null, null, null, null, null)).build();
    }

    @Test
    void presetsCoverEveryCriterionAndAddUpToOneHundred() {
        for (WeightProfile p : WeightPresets.all()) {
            assertThat(p.weights()).hasSize(Criterion.values().length);
            assertThat(p.weights().values()).allMatch(w -> w.signum() > 0);
            assertThat(WeightedTotal.sumOfWeights(p.weights())).as(p.name()).isEqualByComparingTo("100");
        }
        assertThat(WeightPresets.payFirst().weight(Criterion.PAY)).isGreaterThan(WeightPresets.researchFirst().weight(Criterion.PAY));
        assertThat(WeightPresets.researchFirst().weight(Criterion.RESEARCH_FREEDOM))
                .isGreaterThan(WeightPresets.payFirst().weight(Criterion.RESEARCH_FREEDOM));
    }

    @Test
    void componentsAddUpToTheTotalAndExplainThemselves() {
        Ranking r = OfferScorer.rank(List.of(Fixtures.frontierLab(), Fixtures.university(), Fixtures.chinaLab()),
                WeightPresets.balanced(), Fixtures.context());
        for (OfferScore s : r.scores()) {
            BigDecimal sum = s.components().stream().map(ScoreComponent::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(s.total());
            assertThat(s.components()).hasSize(Criterion.values().length)
                    .allMatch(c -> !io.offerbench.text.ReasonWords.explain(c).isBlank());
            assertThat(s.componentPoints().keySet()).containsExactly("pay", "research_freedom", "publication", "compute", "teaching", "topic_fit", "interest",
                    "team_fit", "role_clarity", "product_closeness", "stability", "hours", "commute", "visa");
        }
    }

    @Test
    void rankOrderAndTiesShareARank() {
        WeightProfile payOnly = only(Map.of(Criterion.PAY, 1));
        Ranking r = OfferScorer.rank(List.of(Fixtures.usdOffer("Beta", OfferType.BIG_TECH_RESEARCH, "300000"),
                Fixtures.usdOffer("Alpha", OfferType.BIG_TECH_RESEARCH, "300000"),
                Fixtures.usdOffer("Gamma", OfferType.BIG_TECH_RESEARCH, "400000")), payOnly, Fixtures.context());
        assertThat(r.scores()).extracting(s -> s.offer().company()).containsExactly("Gamma", "Alpha", "Beta");
        assertThat(r.scores()).extracting(OfferScore::rank).containsExactly(1, 2, 2);
    }

    @Test
    void closeCallWhenTheTopTwoAreWithinThreePoints() {
        WeightProfile freedomOnly = only(Map.of(Criterion.RESEARCH_FREEDOM, 1));
        Ranking close = OfferScorer.rank(List.of(withFreedom("A", "300000", 60), withFreedom("B", "300000", 57)), freedomOnly, Fixtures.context());
        assertThat(close.closeCall()).isTrue();
        Ranking clear = OfferScorer.rank(List.of(withFreedom("A", "300000", 60), withFreedom("B", "300000", 56)), freedomOnly, Fixtures.context());
        assertThat(clear.closeCall()).isFalse();
    }

    @Test
    void sensitivityFindsTheSmallestSingleWeightChangeThatSwapsTheTopTwo() {
        // Rich: pay 75 ($900k), freedom 0: 50.00. Free: pay 11.76 ($40k), freedom 100: 41.17. Pay 20 vs freedom 10.
        Offer rich = withFreedom("Rich Lab", "900000", 0);
        Offer free = withFreedom("Free University", "40000", 100);
        WeightProfile w = only(Map.of(Criterion.PAY, 20, Criterion.RESEARCH_FREEDOM, 10));
        Ranking r = OfferScorer.rank(List.of(rich, free), w, Fixtures.context());
        assertThat(r.leader().orElseThrow().offer().company()).isEqualTo("Rich Lab");
        // Free leads once freedom weighs 10 + x with 1,500 < 235.2 + 100 (10 + x), x > 2.65 (pay would need -5): +3.
        assertThat(r.sensitivity().criterion()).isEqualTo(Criterion.RESEARCH_FREEDOM);
        assertThat(r.sensitivity().weightChange()).isEqualTo(3);
        assertThat(SensitivityWords.sentence(r.sensitivity()))
                .isEqualTo("If \u201cResearch freedom\u201d weighed 3 points more (13 instead of 10), Free University would rank first.");
    }

    @Test
    void sensitivityReportsWhenNoChangeUpToFiftySwaps() {
        Offer best = withFreedom("Best", "900000", 100);
        Offer worst = withFreedom("Worst", "40000", 0);
        Ranking r = OfferScorer.rank(List.of(best, worst), WeightPresets.balanced(), Fixtures.context());
        assertThat(r.sensitivity().swaps()).isFalse();
        assertThat(SensitivityWords.sentence(r.sensitivity())).isEqualTo("No single weight change up to ±50 points swaps the top two.");
        Ranking one = OfferScorer.rank(List.of(best), WeightPresets.balanced(), Fixtures.context());
        assertThat(SensitivityWords.sentence(one.sensitivity())).startsWith("Only one offer");
        assertThat(one.closeCall()).isFalse();
    }

    @Test
    void scoreCarriesEverythingTheCliAndChartsRead() {
        OfferScore s = OfferScorer.rank(List.of(Fixtures.frontierLab()), WeightPresets.payFirst(), Fixtures.context()).scores().get(0);
        assertThat(s.year1Total()).isEqualTo(s.pay().year1Total());
        assertThat(s.currency().code()).isEqualTo("USD");
        assertThat(s.rawScores()).hasSize(Criterion.values().length);
        assertThat(s.market().measure()).isEqualTo(PayMeasure.TOTAL);
        assertThat(s.pay().cumulative()).hasSize(5);
        assertThat(s.component(Criterion.PAY).weightShare()).isEqualByComparingTo("0.4");
        assertThat(bd("1")).isEqualByComparingTo(s.components().stream().map(ScoreComponent::weightShare).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
