package io.offerbench.scoring;

import static io.offerbench.scoring.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.Seniority;
import io.offerbench.scoring.MarketPosition.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketAnalyzerTest {

    private static MarketPosition primary(Offer o, ScoringContext ctx) {
        return MarketAnalyzer.primary(MarketAnalyzer.positions(o, PayProjector.projectNominal(o, ctx), ctx));
    }

    @Test
    void a550kNewGradFrontierOfferIsWithinTheBandAndEveryRowStaysVisible() {
        MarketPosition p = primary(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "550000"), Fixtures.context());
        assertThat(p.verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(p.bandLow()).isEqualTo(Money.of("500000", "USD"));
        assertThat(p.bandHigh()).isEqualTo(Money.of("850000", "USD"));
        assertThat(p.benchmarkIds()).containsExactly("lambert-2023-newgrad-range", "lambert-2023-newgrad-best", "semafor-2023-google-openai");
        assertThat(p.rows()).extracting(BandRow::rangeText).containsExactly("$500,000–$600,000", "under $850,000", "upwards of $500,000");
        assertThat(p.gap()).isEqualTo(Money.of("0", "USD"));
        assertThat(p.explanation()).startsWith("Year-1 total $550,000 is within the $500,000–$850,000 band (3 frontier_lab new-grad PhD figures");
    }

    @Test
    void hiddenRowsAreSkipped() {
        MarketPosition p = primary(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "550000"), Fixtures.context());
        assertThat(p.benchmarkIds()).doesNotContain("user-hidden-low");
    }

    @Test
    void a410kOfferIsEighteenPercentBelow() {
        MarketPosition p = primary(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "410000"), Fixtures.context());
        assertThat(p.verdict()).isEqualTo(Verdict.BELOW);
        assertThat(p.gap()).isEqualTo(Money.of("90000", "USD"));
        assertThat(p.gapPercent()).isEqualByComparingTo("18");
        assertThat(p.lowestRow().benchmarkId()).isEqualTo("lambert-2023-newgrad-range");
    }

    @Test
    void aboveTheAbsoluteBestIsAbove() {
        MarketPosition p = primary(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "935000"), Fixtures.context());
        assertThat(p.verdict()).isEqualTo(Verdict.ABOVE);
        assertThat(p.gap()).isEqualTo(Money.of("85000", "USD"));
        assertThat(p.gapPercent()).isEqualByComparingTo("10");
    }

    @Test
    void chinaLabOfferOfOnePointFiveFourMillionYuanEqualsTheDeepSeekFigure() {
        MarketPosition p = primary(Fixtures.chinaLab(), Fixtures.context());
        assertThat(p.verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(p.offerValue()).isEqualTo(Money.of("215083.80", "USD"));
        assertThat(p.bandLow()).isEqualTo(p.bandHigh()).isEqualTo(Money.of("215083.80", "USD"));
        assertThat(p.benchmarkIds()).containsExactly("mint-2025-deepseek-income");
    }

    @Test
    void facultyOfferIsComparedWithABandDerivedFromIndustryAndThePayRatio() {
        MarketPosition p = primary(Fixtures.university(), Fixtures.context());
        assertThat(p.derived()).isTrue();
        assertThat(p.verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(p.bandLow()).isEqualTo(Money.of("100000", "USD"));
        assertThat(p.bandHigh()).isEqualTo(Money.of("425000", "USD"));
        assertThat(p.benchmarkIds()).contains("lambert-2023-newgrad-range", "cho-2024-pay-ratio");
        assertThat(p.explanation()).contains("derived: industry new-grad PhD band $500,000–$850,000 divided by the 2–5x industry/academia pay ratio");
    }

    @Test
    void academicPostdocBelowDerivedBand() {
        Offer postdoc = Fixtures.usdOffer("Uni", OfferType.ACADEMIA_POSTDOC, "70000").toBuilder().seniority(Seniority.POSTDOC).build();
        MarketPosition p = primary(postdoc, Fixtures.context());
        assertThat(p.verdict()).isEqualTo(Verdict.BELOW);
        assertThat(p.gapPercent()).isEqualByComparingTo("30");
    }

    @Test
    void noMatchingRowsGivesNoBenchmarkWithAReason() {
        MarketPosition p = primary(Fixtures.usdOffer("Fund", OfferType.QUANT_FIRM, "400000"), Fixtures.contextWithout());
        assertThat(p.verdict()).isEqualTo(Verdict.NO_BENCHMARK);
        assertThat(p.gap()).isNull();
        assertThat(p.explanation()).contains("No visible year-1 total benchmark for quant_firm new-grad PhD");
    }

    @Test
    void seniorityMustMatchUnlessTheRowIsForAnySeniority() {
        Offer senior = Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "550000").toBuilder().seniority(Seniority.SENIOR_STAFF).build();
        assertThat(primary(senior, Fixtures.context()).verdict()).isEqualTo(Verdict.NO_BENCHMARK);
        Offer seniorChina = Fixtures.chinaLab().toBuilder().seniority(Seniority.SENIOR_STAFF).build();
        assertThat(primary(seniorChina, Fixtures.context()).verdict()).isEqualTo(Verdict.WITHIN);
    }

    @Test
    void bigTechSeniorStaffSeesTheSignOnPositionAndUsTechFallsBackToMarketWideRows() {
        Offer senior = Fixtures.usdOffer("Meta", OfferType.BIG_TECH_RESEARCH, "1000000").toBuilder().seniority(Seniority.SENIOR_STAFF)
                .pay(new Compensation(bd("1000000"), null, null, bd("10000000"), 1, null)).build();
        ScoringContext ctx = Fixtures.context();
        List<MarketPosition> all = MarketAnalyzer.positions(senior, PayProjector.projectNominal(senior, ctx), ctx);
        MarketPosition signOn = all.stream().filter(p -> p.measure() == PayMeasure.SIGN_ON).findFirst().orElseThrow();
        assertThat(signOn.verdict()).isEqualTo(Verdict.BELOW);
        assertThat(signOn.gapPercent()).isEqualByComparingTo("90");
        Offer startup = Fixtures.usdOffer("Startup", OfferType.AI_STARTUP, "300000");
        ScoringContext market = ScoringContext.defaults(Fixtures.CURRENCIES, List.of(Fixtures.row("market-row", "", "Interconnects",
                "2023-10-11", io.offerbench.domain.Segment.AI_MARKET, Seniority.NEW_GRAD_PHD, io.offerbench.domain.Metric.TOTAL_PACKAGE,
                "500000", "600000", "per_year", io.offerbench.domain.CurrencyCode.USD, "q")));
        MarketPosition p = primary(startup, market);
        assertThat(p.verdict()).isEqualTo(Verdict.BELOW);
        assertThat(p.explanation()).contains("market-wide new-grad PhD figure (no ai_startup rows)");
    }
}
