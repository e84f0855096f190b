package io.offerbench.scoring;

import static io.offerbench.scoring.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.Location;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.VestingSchedule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayProjectorTest {

    private static Offer withEquity(String grant, VestingSchedule vesting, EquityType type, String refresher) {
        return Fixtures.usdOffer("Acme", OfferType.BIG_TECH_RESEARCH, "200000").toBuilder()
                .equity(new EquityGrant(bd(grant), type, vesting, bd(refresher))).build();
    }

    private static List<BigDecimal> equityByYear(PayProjection p) {
        return p.years().stream().map(y -> y.equity().amount()).toList();
    }

    private static Money usd(String a) {
        return Money.of(a, "USD");
    }

    @Test
    void twelveMonthCliffOnEvenFourYearsReleasesAQuarterInYearOne() {
        PayProjection p = PayProjector.project(withEquity("400000", VestingSchedule.even(4, 12), EquityType.PUBLIC_RSU, "0"), Fixtures.context());
        assertThat(equityByYear(p)).containsExactly(bd("100000.00"), bd("100000.00"), bd("100000.00"), bd("100000.00"), bd("0.00"));
    }

    @Test
    void cliffLongerThanAYearShiftsTheAccruedSharesIntoTheCliffYear() {
        PayProjection p = PayProjector.project(withEquity("400000", VestingSchedule.even(4, 18), EquityType.PUBLIC_RSU, "0"), Fixtures.context());
        assertThat(equityByYear(p)).containsExactly(bd("0.00"), bd("200000.00"), bd("100000.00"), bd("100000.00"), bd("0.00"));
    }

    @Test
    void backLoadedFiveFifteenFortyForty() {
        VestingSchedule s = VestingSchedule.parse("5/15/40/40", 4, 12);
        PayProjection p = PayProjector.project(withEquity("1000000", s, EquityType.PUBLIC_RSU, "0"), Fixtures.context());
        assertThat(equityByYear(p)).containsExactly(bd("50000.00"), bd("150000.00"), bd("400000.00"), bd("400000.00"), bd("0.00"));
        assertThat(p.year1Total()).isEqualTo(usd("250000"));
        assertThat(p.annualAverage()).isEqualTo(usd("450000"));
    }

    @Test
    void frontLoadedThirtyThreeThirtyThreeTwentyTwoTwelve() {
        VestingSchedule s = VestingSchedule.parse("33/33/22/12", 4, 0);
        PayProjection p = PayProjector.project(withEquity("1000000", s, EquityType.PUBLIC_RSU, "0"), Fixtures.context());
        assertThat(equityByYear(p)).containsExactly(bd("330000.00"), bd("330000.00"), bd("220000.00"), bd("120000.00"), bd("0.00"));
    }

    @Test
    void refreshersVestEvenlyFromTheYearAfterTheyAreGrantedAndReachSteadyState() {
        PayProjection p = PayProjector.project(withEquity("400000", VestingSchedule.even(4, 12), EquityType.PUBLIC_RSU, "80000"), Fixtures.context());
        // initial 100k a year for 4 years; refreshers add 0, 20k, 40k, 60k, then 80k from year 5 on
        assertThat(equityByYear(p)).containsExactly(bd("100000.00"), bd("120000.00"), bd("140000.00"), bd("160000.00"), bd("80000.00"));
        assertThat(p.steadyStateAnnual()).isEqualTo(usd("280000"));
    }

    @Test
    void signOnIsSpreadEquallyOverItsYearsAndLeavesSteadyState() {
        Offer o = Fixtures.usdOffer("Acme", OfferType.BIG_TECH_RESEARCH, "200000").toBuilder()
                .pay(new Compensation(bd("200000"), bd("20000"), null, bd("100000"), 2, bd("15000"))).build();
        PayProjection p = PayProjector.project(o, Fixtures.context());
        assertThat(p.years().stream().map(y -> y.signOn().amount()).toList())
                .containsExactly(bd("50000.00"), bd("50000.00"), bd("0.00"), bd("0.00"), bd("0.00"));
        assertThat(p.year1Total()).isEqualTo(usd("270000"));
        assertThat(p.steadyStateAnnual()).isEqualTo(usd("220000"));
        assertThat(p.annualAverage()).isEqualTo(usd("245000"));
        assertThat(p.relocation()).isEqualTo(usd("15000"));
        assertThat(p.years().get(0).totalWithOneOffs()).isEqualTo(usd("285000"));
        assertThat(p.cumulativeTotal(2)).isEqualTo(usd("555000"));
        assertThat(p.cumulative()).hasSize(5);
    }

    @Test
    void academicSalaryIsNineMonthsPlusGuaranteedSummerNinthsAndStartUpStaysOutOfPay() {
        // Two summer months offered, none guaranteed: grant-funded summer salary is shown apart, not counted.
        PayProjection grantFunded = PayProjector.project(Fixtures.university(), Fixtures.context());
        assertThat(grantFunded.year1Base()).isEqualTo(usd("150000.00"));
        assertThat(PayProjector.salaryReasons(Fixtures.university())).containsExactly(
                Reason.of("pay.nineMonth", io.offerbench.domain.Money.of("150000", "USD"), 0),
                Reason.of("pay.grantFundedSummer", 2, io.offerbench.domain.Money.of("33333.33", "USD")));
        Offer guaranteed = Fixtures.university().toBuilder()
                .academic(Fixtures.university().academic().withGuaranteedSummerMonths(2)).build();
        PayProjection p = PayProjector.project(guaranteed, Fixtures.context());
        assertThat(p.year1Base()).isEqualTo(usd("183333.33"));
        assertThat(p.year1Total()).isEqualTo(usd("183333.33"));
        assertThat(p.researchFunding()).isEqualTo(usd("1000000"));
        assertThat(p.researchFundingYears()).isEqualTo(5);
        assertThat(PayProjector.salaryReasons(guaranteed)).containsExactly(
                Reason.of("pay.nineMonth", io.offerbench.domain.Money.of("150000", "USD"), 2));
    }

    @Test
    void privateEquityIsMultipliedByTheScenarioAndPublicRsusAreNot() {
        Offer priv = withEquity("400000", VestingSchedule.even(4, 0), EquityType.PRIVATE_EQUITY, "0");
        ScoringContext ctx = Fixtures.context();
        assertThat(PayProjector.project(priv, ctx.withLiquidityScenario(LiquidityScenario.BEAR)).years().get(0).equity()).isEqualTo(usd("0"));
        assertThat(PayProjector.project(priv, ctx.withLiquidityScenario(LiquidityScenario.BASE)).years().get(0).equity()).isEqualTo(usd("50000"));
        assertThat(PayProjector.project(priv, ctx.withLiquidityScenario(LiquidityScenario.BULL)).years().get(0).equity()).isEqualTo(usd("100000"));
        Offer pub = withEquity("400000", VestingSchedule.even(4, 0), EquityType.PUBLIC_RSU, "0");
        assertThat(PayProjector.project(pub, ctx.withLiquidityScenario(LiquidityScenario.BEAR)).years().get(0).equity()).isEqualTo(usd("100000"));
    }

    @Test
    void cnyOfferIsConvertedAtTheTableRateAndTheRateIsReported() {
        PayProjection p = PayProjector.project(Fixtures.chinaLab(), Fixtures.context());
        assertThat(p.year1Total()).isEqualTo(usd("215083.80"));
        assertThat(io.offerbench.text.PayWords.conversion(p.conversion())).contains("1 CNY = 0.139665 USD").contains("7.16 CNY per USD");
        PayProjection inCny = PayProjector.project(Fixtures.chinaLab(), Fixtures.context().withHomeCurrency(CurrencyCode.CNY));
        assertThat(inCny.year1Total()).isEqualTo(Money.of("1540000", "CNY"));
    }

    @Test
    void costOfLivingAndTaxAreAppliedOnlyWhenOnAndMatchedByCityThenCountry() {
        List<LocationFactor> factors = List.of(
                new LocationFactor(LocationFactor.Kind.COST_OF_LIVING, "san francisco", bd("125"), "my guess"),
                new LocationFactor(LocationFactor.Kind.COST_OF_LIVING, "USA", bd("100"), ""),
                new LocationFactor(LocationFactor.Kind.EFFECTIVE_TAX_RATE, "USA", bd("20"), ""));
        Offer sf = Fixtures.usdOffer("Acme", OfferType.BIG_TECH_RESEARCH, "250000").toBuilder()
                .location(new Location("San Francisco", "USA", false)).build();
        ScoringContext off = Fixtures.context().withLocationAdjustments(false, false, factors);
        assertThat(PayProjector.project(sf, off).year1Total()).isEqualTo(usd("250000"));
        ScoringContext on = Fixtures.context().withLocationAdjustments(true, true, factors);
        PayProjection adjusted = PayProjector.project(sf, on);
        assertThat(adjusted.year1Total()).isEqualTo(usd("160000"));
        assertThat(io.offerbench.text.PayWords.notes(adjusted)).anyMatch(n -> n.startsWith("After-tax estimate: 20%"))
                .anyMatch(n -> n.startsWith("Cost-of-living estimate: index 125"));
        assertThat(PayProjector.projectNominal(sf, on).year1Total()).isEqualTo(usd("250000"));
    }

    @Test
    void adjustmentOnButNoFactorSaysSoInsteadOfGuessing() {
        Offer beijing = Fixtures.usdOffer("Acme", OfferType.NON_US_LAB, "100000").toBuilder()
                .location(new Location("Beijing", "China", false)).build();
        ScoringContext on = Fixtures.context().withLocationAdjustments(true, true, List.of());
        PayProjection p = PayProjector.project(beijing, on);
        assertThat(p.year1Total()).isEqualTo(usd("100000"));
        assertThat(io.offerbench.text.PayWords.notes(p)).contains("After-tax is on but no tax table or effective tax rate of yours matches Beijing, China; pay is shown before tax.",
                "Cost-of-living adjustment is on but no index matches Beijing, China; pay is not adjusted.");
    }

    @Test
    void longVestingExtendsAveragingPeriodAndHorizon() {
        PayProjection p = PayProjector.project(withEquity("600000", VestingSchedule.even(6, 12), EquityType.PUBLIC_RSU, "0"), Fixtures.context());
        assertThat(p.averagingYears()).isEqualTo(6);
        assertThat(p.years()).hasSize(6);
        assertThat(p.annualAverage()).isEqualTo(usd("300000"));
    }

    @Test
    void academicTermsWithoutNineMonthSalaryUseBase() {
        Offer postdoc = Fixtures.usdOffer("Uni", OfferType.ACADEMIA_POSTDOC, "70000").toBuilder()
                .academic(new AcademicTerms(null, 0, BigDecimal.ZERO, 3, BigDecimal.ZERO)).build();
        assertThat(PayProjector.project(postdoc, Fixtures.context()).year1Total()).isEqualTo(usd("70000"));
    }
}
