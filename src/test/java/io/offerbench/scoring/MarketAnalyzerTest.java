package io.offerbench.scoring;

import static io.offerbench.scoring.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Location;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.Region;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.scoring.MarketPosition.Verdict;
import io.offerbench.text.MarketWords;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Verdicts against the shipped dataset: only typical rows of the offer's own segment, seniority and region. */
class MarketAnalyzerTest {

    @BeforeAll
    static void english() {
        io.offerbench.text.Texts.use(io.offerbench.text.Language.ENGLISH);
    }

    private static List<MarketPosition> all(Offer o, ScoringContext ctx) {
        return MarketAnalyzer.positions(o, PayProjector.projectNominal(o, ctx), ctx);
    }

    private static MarketPosition primary(Offer o, ScoringContext ctx) {
        return MarketAnalyzer.primary(all(o, ctx));
    }

    private static Offer offer(OfferType type, Seniority seniority, String base, String country) {
        return Fixtures.usdOffer("Acme", type, base).toBuilder().seniority(seniority).location(new Location("", country, false)).build();
    }

    @Test
    void theShippedDocumentsHaveNoTypicalPayFigureAtAll() {
        assertThat(ShippedData.benchmarks()).filteredOn(b -> b.kind() == BenchmarkKind.TYPICAL).isEmpty();
        assertThat(ShippedData.benchmarks()).filteredOn(b -> b.metric().isPay())
                .allSatisfy(b -> assertThat(b.caveat()).contains("Kind: "));
    }

    @Test
    void aThreeHundredThousandFrontierLabOfferIsNotCalledBelowAndSeesTheTopOfTheMarketAsContext() {
        MarketPosition p = primary(offer(OfferType.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, "300000", "USA"), ShippedData.context());
        assertThat(p.verdict()).isEqualTo(Verdict.NO_BENCHMARK);
        assertThat(p.gap()).isNull();
        assertThat(p.benchmarkIds()).isEmpty();
        assertThat(p.contextIds()).containsExactlyInAnyOrder("semafor-2023-openai-upwards-500k", "lambert-2022-newgrad-pre-chatgpt",
                "lambert-2023-newgrad-best");
        MarketContext best = p.context().stream().filter(c -> c.row().benchmarkId().equals("lambert-2023-newgrad-best")).findFirst().orElseThrow();
        assertThat(best.percent()).isEqualByComparingTo("35.29");
        assertThat(best.kind()).isEqualTo(BenchmarkKind.TOP_OF_MARKET);
        assertThat(MarketWords.verdict(p)).isEqualTo("The documents give no typical yearly pay figure for Frontier AI lab \u2013 New-grad PhD"
                + " offers, so this offer is not placed below or above the market. For context only (not a target):");
        assertThat(MarketWords.context(p, best)).startsWith("\u2022 35.3% of $850,000: ").contains("Top of market")
                .contains("id lambert-2023-newgrad-best").doesNotContain("gap");
    }

    @Test
    void aSeniorOfferWithAOneMillionSignOnIsNeverMeasuredAgainstTheHundredMillionOneOff() {
        Offer senior = offer(OfferType.BIG_TECH_RESEARCH, Seniority.SENIOR_STAFF, "400000", "USA").toBuilder()
                .pay(new Compensation(bd("400000"), null, null, bd("1000000"), 1, null)).build();
        List<MarketPosition> positions = all(senior, ShippedData.context());
        assertThat(positions).allSatisfy(p -> {
            assertThat(p.verdict()).isEqualTo(Verdict.NO_BENCHMARK);
            assertThat(p.contextIds()).doesNotContain("bloomberg-2025-meta-signon-100m");
        });
        assertThat(positions).extracting(MarketPosition::measure).doesNotContain(PayMeasure.SIGN_ON);
    }

    @Test
    void parisAndTorontoLabsAreNotComparedWithChinaOrUsFigures() {
        for (String country : List.of("France", "Canada")) {
            Offer lab = offer(OfferType.NON_US_LAB, Seniority.NEW_GRAD_PHD, "150000", country);
            MarketPosition p = primary(lab, ShippedData.context());
            assertThat(p.scope().segment()).isEqualTo(Segment.LAB_ELSEWHERE);
            assertThat(p.scope().region()).isEqualTo(Region.ELSEWHERE);
            assertThat(p.verdict()).isEqualTo(Verdict.NO_BENCHMARK);
            assertThat(p.context()).isEmpty();
            assertThat(MarketWords.verdict(p)).contains("offers in " + country);
        }
        Offer gdmParis = offer(OfferType.BIG_TECH_RESEARCH, Seniority.NEW_GRAD_PHD, "150000", "France");
        assertThat(primary(gdmParis, ShippedData.context()).context()).isEmpty();
    }

    @Test
    void aChinaBasedLabSeesTheDeepSeekFigureAsOneCompanysOfferNotAsTheMarket() {
        for (OfferType type : List.of(OfferType.CHINA_LAB, OfferType.NON_US_LAB)) {
            Offer lab = Fixtures.chinaLab().toBuilder().type(type).build();
            MarketPosition p = primary(lab, ShippedData.context());
            assertThat(p.scope().segment()).isEqualTo(Segment.CHINA_LAB);
            assertThat(p.verdict()).isEqualTo(Verdict.NO_BENCHMARK);
            assertThat(p.context()).extracting(MarketContext::kind).containsOnly(BenchmarkKind.COMPANY_SPECIFIC);
            assertThat(p.contextIds()).contains("bloomberg-2025-deepseek-income-cny");
        }
    }

    @Test
    void quantOffersGetNoTypicalFigureAndTheTwoQuantOffersDifferInContext() {
        MarketPosition low = primary(offer(OfferType.QUANT_FIRM, Seniority.NEW_GRAD_PHD, "900000", "USA"), ShippedData.context());
        MarketPosition high = primary(offer(OfferType.QUANT_FIRM, Seniority.NEW_GRAD_PHD, "1500000", "USA"), ShippedData.context());
        assertThat(low.verdict()).isEqualTo(high.verdict()).isEqualTo(Verdict.NO_BENCHMARK);
        assertThat(MarketWords.verdict(low)).contains("Quant / trading firm");
        assertThat(high.context().get(0).percent()).isGreaterThan(low.context().get(0).percent());
    }

    @Test
    void aPostdocIsNotGivenABandDerivedFromTopOfMarketFiguresAndAnOldRatio() {
        MarketPosition p = primary(offer(OfferType.ACADEMIA_POSTDOC, Seniority.POSTDOC, "70000", "USA"), ShippedData.context());
        assertThat(p.verdict()).isEqualTo(Verdict.NO_BENCHMARK);
        assertThat(p.derived()).isFalse();
        assertThat(p.context()).isEmpty();
    }

    @Test
    void aTypicalRowOfTheOffersOwnScopeGivesAVerdictWithItsGap() {
        ScoringContext ctx = ShippedData.contextWith(ShippedData.own("mine-frontier", Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD,
                Metric.TOTAL_PACKAGE, "350000", "450000", BenchmarkKind.TYPICAL));
        MarketPosition below = primary(offer(OfferType.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, "300000", "USA"), ctx);
        assertThat(below.verdict()).isEqualTo(Verdict.BELOW);
        assertThat(below.benchmarkIds()).containsExactly("mine-frontier");
        assertThat(below.gap()).isEqualTo(Money.of("50000", "USD"));
        assertThat(below.gapPercent()).isEqualByComparingTo("14.29");
        assertThat(below.contextIds()).contains("lambert-2023-newgrad-best");
        assertThat(MarketWords.verdict(below)).isEqualTo("Year-1 total $300,000 is $50,000 (14.3%) below the typical $350,000\u2013$450,000"
                + " for Frontier AI lab \u2013 New-grad PhD offers (ids: mine-frontier).");
        assertThat(primary(offer(OfferType.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, "400000", "USA"), ctx).verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(primary(offer(OfferType.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, "500000", "USA"), ctx).verdict()).isEqualTo(Verdict.ABOVE);
        // Not for another seniority, segment or region.
        assertThat(primary(offer(OfferType.FRONTIER_LAB, Seniority.SENIOR_STAFF, "300000", "USA"), ctx).verdict()).isEqualTo(Verdict.NO_BENCHMARK);
        assertThat(primary(offer(OfferType.BIG_TECH_RESEARCH, Seniority.NEW_GRAD_PHD, "300000", "USA"), ctx).verdict()).isEqualTo(Verdict.NO_BENCHMARK);
        assertThat(primary(offer(OfferType.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, "300000", "United Kingdom"), ctx).verdict())
                .isEqualTo(Verdict.NO_BENCHMARK);
        // An offer with no country takes its segment's region.
        assertThat(primary(offer(OfferType.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, "300000", ""), ctx).verdict()).isEqualTo(Verdict.BELOW);
    }

    @Test
    void marketWideTypicalRowsDoNotGiveAVerdictForASegment() {
        ScoringContext ctx = ShippedData.contextWith(ShippedData.own("mine-market", Segment.AI_MARKET, Seniority.NEW_GRAD_PHD,
                Metric.TOTAL_PACKAGE, "350000", "450000", BenchmarkKind.TYPICAL));
        assertThat(primary(offer(OfferType.AI_STARTUP, Seniority.NEW_GRAD_PHD, "300000", "USA"), ctx).verdict()).isEqualTo(Verdict.NO_BENCHMARK);
    }

    @Test
    void hiddenTypicalRowsAreSkipped() {
        ScoringContext ctx = ShippedData.contextWith(ShippedData.own("mine-hidden", Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD,
                Metric.TOTAL_PACKAGE, "350000", "450000", BenchmarkKind.TYPICAL).withHidden(true));
        assertThat(primary(offer(OfferType.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, "300000", "USA"), ctx).verdict()).isEqualTo(Verdict.NO_BENCHMARK);
    }

    @Test
    void aChinaLabInYuanIsComparedWithATypicalChinaRowInTheHomeCurrency() {
        ScoringContext ctx = ShippedData.contextWith(new io.offerbench.domain.Benchmark("mine-china", "", "friends", "2025", "China lab offers",
                Segment.CHINA_LAB, null, Metric.ANNUAL_INCOME, bd("800000"), bd("1200000"), BenchmarkUnit.PER_YEAR, CurrencyCode.CNY, 2025, "", "",
                io.offerbench.domain.Benchmark.Origin.USER, false, BenchmarkKind.TYPICAL));
        MarketPosition p = primary(Fixtures.chinaLab(), ctx);
        assertThat(p.verdict()).isEqualTo(Verdict.ABOVE);
        assertThat(p.offerValue().currency()).isEqualTo(CurrencyCode.USD);
    }
}
