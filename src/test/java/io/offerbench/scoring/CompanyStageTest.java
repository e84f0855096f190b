package io.offerbench.scoring;

import static io.offerbench.scoring.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CompanyStage;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.scoring.negotiation.AcceptabilityInputs;
import io.offerbench.scoring.negotiation.RankAcceptability;
import io.offerbench.scoring.negotiation.RankAcceptabilityModel;
import io.offerbench.scoring.negotiation.WeightCertainty;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Private equity is valued by each offer's company stage, or by the offer's own multipliers; one global figure no longer decides. */
class CompanyStageTest {

    private static final ScoringContext CTX = Fixtures.context();

    private static Offer withEquity(String company, EquityType type, CompanyStage stage, LiquidityMultipliers own) {
        return Fixtures.usdOffer(company, OfferType.AI_STARTUP, "200000").toBuilder()
                .equity(new EquityGrant(bd("800000"), type, VestingSchedule.even(4, 0), null, stage, own)).build();
    }

    @Test
    void eachStageSetsItsOwnDefaultsAndAnOffersOwnFiguresWin() {
        assertThat(PayProjector.project(withEquity("G", EquityType.PRIVATE_EQUITY, CompanyStage.GROWTH, null), CTX).equityMultiplier())
                .isEqualByComparingTo(CompanyStage.GROWTH.defaults().base());
        assertThat(PayProjector.project(withEquity("E", EquityType.PRIVATE_EQUITY, CompanyStage.EARLY, null), CTX).equityMultiplier())
                .isEqualByComparingTo(CompanyStage.EARLY.defaults().base());
        LiquidityMultipliers own = new LiquidityMultipliers(new BigDecimal("0.2"), new BigDecimal("0.9"), BigDecimal.ONE);
        assertThat(PayProjector.project(withEquity("O", EquityType.PRIVATE_EQUITY, CompanyStage.EARLY, own), CTX).equityMultiplier())
                .isEqualByComparingTo("0.9");
        // Public stock counts at face value whatever the stage says; a stage not given keeps the general assumption.
        assertThat(PayProjector.project(withEquity("P", EquityType.PUBLIC_RSU, CompanyStage.EARLY, null), CTX).equityMultiplier())
                .isEqualByComparingTo("1");
        assertThat(PayProjector.project(withEquity("N", EquityType.PRIVATE_EQUITY, null, null), CTX).equityMultiplier())
                .isEqualByComparingTo(CTX.liquidity().base());
        // Later stages are never valued below earlier ones, scenario by scenario, and every stage cites the documents.
        for (LiquidityScenario s : LiquidityScenario.values()) {
            assertThat(CompanyStage.LATE_STAGE.defaults().multiplier(s)).isGreaterThanOrEqualTo(CompanyStage.GROWTH.defaults().multiplier(s));
            assertThat(CompanyStage.GROWTH.defaults().multiplier(s)).isGreaterThanOrEqualTo(CompanyStage.EARLY.defaults().multiplier(s));
        }
        assertThat(ShippedData.benchmarks().stream().map(io.offerbench.domain.Benchmark::id).toList())
                .containsAll(CompanyStage.LATE_STAGE.reasonIds()).containsAll(CompanyStage.GROWTH.reasonIds())
                .containsAll(CompanyStage.EARLY.reasonIds());
    }

    @Test
    void theRankingShowsPrivatePayAsARangeAndPublicPayAsOneFigure() {
        Offer growth = withEquity("Growth", EquityType.PRIVATE_EQUITY, CompanyStage.GROWTH, null);
        Offer listed = withEquity("Listed", EquityType.PUBLIC_RSU, null, null);
        Ranking r = OfferScorer.rank(List.of(growth, listed), WeightPresets.balanced(), CTX);
        PayRange g = PayRange.of(of(r, "Growth"), r, CTX);
        assertThat(g.isRange()).isTrue();
        assertThat(g.bear().amount()).isLessThan(g.shown().amount());
        assertThat(g.shown().amount()).isLessThan(g.bull().amount());
        // 200k base a year; over the default stay the grant vests 200k a year: bear counts none of it, bull all.
        assertThat(g.bear().amount()).isEqualByComparingTo("200000");
        assertThat(g.bull().amount()).isEqualByComparingTo("400000");
        assertThat(g.reasonIds()).isEqualTo(CompanyStage.GROWTH.reasonIds());
        PayRange l = PayRange.of(of(r, "Listed"), r, CTX);
        assertThat(l.isRange()).isFalse();
        assertThat(l.bear()).isEqualTo(l.bull());
    }

    @Test
    void rankAcceptabilityUsesEachOffersOwnScenarios() {
        // Worthless in every scenario by the student's own account: it can never beat the same offer paying $1 more base.
        LiquidityMultipliers worthless = new LiquidityMultipliers(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        Offer paper = withEquity("Paper", EquityType.PRIVATE_EQUITY, CompanyStage.EARLY, worthless);
        Offer cash = paper.toBuilder().company("Cash").equity(EquityGrant.none())
                .pay(new Compensation(bd("200001"), null, null, null, 1, null)).build();
        Ranking r = OfferScorer.rank(List.of(paper, cash), WeightPresets.balanced(), CTX);
        RankAcceptability table = RankAcceptabilityModel.compute(AcceptabilityInputs.of(r, CTX), r.weights(), WeightCertainty.UNSURE);
        assertThat(table.leads(table.offers().indexOf(paper))).isZero();
        // With the early stage's defaults instead, its bull case (the full grant) wins some samples.
        Offer hopeful = withEquity("Paper", EquityType.PRIVATE_EQUITY, CompanyStage.EARLY, null);
        Ranking r2 = OfferScorer.rank(List.of(hopeful, cash), WeightPresets.balanced(), CTX);
        RankAcceptability t2 = RankAcceptabilityModel.compute(AcceptabilityInputs.of(r2, CTX), r2.weights(), WeightCertainty.UNSURE);
        assertThat(t2.leads(t2.offers().indexOf(hopeful))).isPositive();
    }

    @Test
    void noEquityIsAnEquityTypeOfItsOwnAndRefusesAGrant() {
        Offer none = Fixtures.usdOffer("Uni", OfferType.ACADEMIA_FACULTY, "150000").toBuilder()
                .equity(new EquityGrant(BigDecimal.ZERO, EquityType.NONE, VestingSchedule.even(4, 0), null)).build();
        assertThat(PayProjector.project(none, CTX).equityMultiplier()).isEqualByComparingTo("1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                new EquityGrant(bd("1000"), EquityType.NONE, VestingSchedule.even(4, 0), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OfferScore of(Ranking r, String company) {
        return r.scores().stream().filter(s -> s.offer().company().equals(company)).findFirst().orElseThrow();
    }
}
