package io.offerbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Location;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.WeightProfile;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.exchange.money.MoneyDataset;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AfterTaxTest {

    private static final MoneyData DATA = MoneyDataset.bundled();

    static ScoringContext context(boolean costOfLiving, boolean afterTax, List<LocationFactor> own) {
        CurrencyTable rates = new CurrencyTable(DATA.rates().perUsd());
        return ScoringContext.defaults(rates, List.of()).withMoney(DATA).withLocationAdjustments(costOfLiving, afterTax, own);
    }

    static Offer offer(String company, String city, String country, String currency, String base) {
        return Offer.builder().company(company).type(OfferType.BIG_TECH_RESEARCH).currency(CurrencyCode.of(currency))
                .location(new Location(city, country, false))
                .pay(Compensation.ofBase(new BigDecimal(base))).build();
    }

    @Test
    void sanFranciscoSalaryIsTaxedByEveryTableOfThePlaceAndBrokenDownByPart() {
        PayProjection p = PayProjector.project(offer("Acme", "San Francisco", "USA", "USD", "200000"), context(false, true, List.of()));
        AfterTax tax = p.estimate().afterTax();
        assertThat(tax.place()).isEqualTo("San Francisco Bay Area");
        // Federal: taxable 183,900 -> 17,966 + 24% x 78,200. California (2025): taxable 194,294 -> 3,201.97 + 9.3% x
        // 121,570 - 153 credit. FICA: 11,439 + 1.45% x 200,000. SDI: 1.3%.
        assertThat(tax.year1Parts()).containsExactly(
                java.util.Map.entry("federal", Money.of("36734", "USD")),
                java.util.Map.entry("california", Money.of("14354.98", "USD")),
                java.util.Map.entry("fica", Money.of("14339", "USD")),
                java.util.Map.entry("sdi", Money.of("2600", "USD")));
        assertThat(tax.netYear1()).isEqualTo(Money.of("131972.02", "USD"));
        assertThat(p.year1Total()).isEqualTo(tax.netYear1());
        assertThat(p.estimate().grossYear1()).isEqualTo(Money.of("200000", "USD"));
        assertThat(p.steadyStateAnnual()).isEqualTo(tax.netSteady());
    }

    @Test
    void equityIsTaxedInTheYearItVestsSoAYearWithMoreVestingKeepsASmallerShare() {
        Offer withGrant = offer("Acme", "Seattle", "", "USD", "150000").toBuilder()
                .equity(new EquityGrant(new BigDecimal("400000"), EquityType.PUBLIC_RSU, VestingSchedule.even(4, 12), BigDecimal.ZERO))
                .build();
        PayProjection p = PayProjector.project(withGrant, context(false, true, List.of()));
        AfterTax tax = p.estimate().afterTax();
        assertThat(tax.place()).isEqualTo("Seattle");
        assertThat(tax.year1Parts()).containsOnlyKeys("federal", "fica");
        // 250,000 gross a year while the grant vests, 150,000 once it has: a higher marginal rate on the first.
        BigDecimal vestingYearShare = tax.netByYear().get(0).amount().divide(new BigDecimal("250000"), 4, java.math.RoundingMode.HALF_EVEN);
        BigDecimal laterShare = tax.netByYear().get(4).amount().divide(new BigDecimal("150000"), 4, java.math.RoundingMode.HALF_EVEN);
        assertThat(vestingYearShare).isLessThan(laterShare);
        // The year's split keeps its proportions and adds up to the after-tax total.
        assertThat(p.years().get(0).total()).isEqualTo(tax.netByYear().get(0));
    }

    @Test
    void aLondonOfferQuotedInDollarsIsTaxedInPoundsThroughTheReferenceRates() {
        PayProjection inGbp = PayProjector.project(offer("Lab", "London", "United Kingdom", "GBP", "110000"), context(false, true, List.of()));
        assertThat(inGbp.estimate().afterTax().year1Parts()).containsOnlyKeys("income_tax", "national_insurance");
        Money gbpTax = inGbp.estimate().afterTax().year1Tax();
        // £33,432 + £4,210.60 in pounds, shown in dollars at the ECB's 13 April 2026 rates.
        Money expected = new CurrencyTable(DATA.rates().perUsd()).convert(Money.of("37642.60", "GBP"), CurrencyCode.USD);
        assertThat(gbpTax.amount().subtract(expected.amount()).abs()).isLessThan(new BigDecimal("0.05"));
    }

    @Test
    void yourOwnRateForAPlaceIsUsedInsteadOfTheShippedTables() {
        LocationFactor mine = new LocationFactor(LocationFactor.Kind.EFFECTIVE_TAX_RATE, "San Francisco", new BigDecimal("30"), "");
        PayProjection p = PayProjector.project(offer("Acme", "San Francisco", "USA", "USD", "200000"), context(false, true, List.of(mine)));
        assertThat(p.year1Total()).isEqualTo(Money.of("140000", "USD"));
        assertThat(p.estimate().afterTax().usesShippedTables()).isFalse();
    }

    @Test
    void costOfLivingDividesByTheShippedIndexAfterTax() {
        PayProjection p = PayProjector.project(offer("Acme", "Seattle", "USA", "USD", "200000"), context(true, true, List.of()));
        CostOfLiving col = p.estimate().costOfLiving();
        assertThat(col.index()).isEqualByComparingTo("112.73");
        assertThat(col.shipped().year()).isEqualTo("2023");
        Money net = p.estimate().afterTax().netYear1();
        assertThat(p.year1Total()).isEqualTo(net.times(BigDecimal.valueOf(100).divide(new BigDecimal("112.73"), java.math.MathContext.DECIMAL64)));
    }

    @Test
    void londonCanadaIsNotLondonEngland() {
        assertThat(AfterTaxEstimator.place(new Location("London", "Canada", false), DATA)).isEmpty();
        assertThat(AfterTaxEstimator.place(new Location("london", "", false), DATA)).isPresent();
        assertThat(AfterTaxEstimator.place(new Location("Mountain View, CA", "U.S.", false), DATA)).get()
                .extracting(p -> p.name()).isEqualTo("San Francisco Bay Area");
    }

    @Test
    void afterTaxIsAllOrNothing() {
        WeightProfile w = WeightPresets.balanced();
        Offer sf = offer("Acme", "San Francisco", "USA", "USD", "200000");
        Offer zurich = offer("Zeta", "Lisbon", "Portugal", "EUR", "200000");
        Ranking both = OfferScorer.rank(List.of(sf, zurich), w, context(false, true, List.of()));
        assertThat(both.estimates().afterTaxAsked()).isTrue();
        assertThat(both.estimates().afterTaxApplied()).isFalse();
        assertThat(both.estimates().withoutTax()).extracting(EstimateCoverage.Gap::offer).containsExactly("Zeta");
        assertThat(both.scores()).allSatisfy(s -> assertThat(s.pay().estimate().afterTax()).isNull());
        assertThat(both.scores()).filteredOn(s -> s.offer().company().equals("Acme")).singleElement()
                .satisfies(s -> assertThat(s.year1Total()).isEqualTo(Money.of("200000", "USD")));

        LocationFactor mine = new LocationFactor(LocationFactor.Kind.EFFECTIVE_TAX_RATE, "Lisbon", new BigDecimal("25"), "");
        Ranking covered = OfferScorer.rank(List.of(sf, zurich), w, context(false, true, List.of(mine)));
        assertThat(covered.estimates().afterTaxApplied()).isTrue();
        assertThat(covered.scores()).allSatisfy(s -> assertThat(s.pay().estimate().afterTax()).isNotNull());
    }

    @Test
    void theFivePlacesOfTheIssueAllGetAnAfterTaxFigureWithoutARateTyped() {
        WeightProfile w = WeightPresets.balanced();
        List<Offer> offers = List.of(offer("Acme", "San Francisco", "USA", "USD", "200000"),
                offer("Rain", "Seattle", "USA", "USD", "200000"), offer("Lab", "London", "United Kingdom", "GBP", "120000"),
                offer("Zeta", "Zürich", "Switzerland", "CHF", "180000"), offer("Jing", "Beijing", "China", "CNY", "800000"));
        Ranking r = OfferScorer.rank(offers, w, context(true, true, List.of()));
        assertThat(r.estimates().afterTaxApplied()).isTrue();
        assertThat(r.estimates().costOfLivingApplied()).isTrue();
        assertThat(r.scores()).hasSize(5).allSatisfy(s -> {
            assertThat(s.pay().estimate().afterTax().usesShippedTables()).isTrue();
            assertThat(s.pay().estimate().costOfLiving().shipped().year()).isEqualTo("2023");
        });
        // Zurich and Beijing use their countries' World Bank price levels (US = 100).
        assertThat(r.scores()).filteredOn(s -> s.offer().company().equals("Zeta")).singleElement()
                .satisfies(s -> assertThat(s.pay().estimate().costOfLiving().index()).isEqualByComparingTo("107.54"));
        assertThat(r.scores()).filteredOn(s -> s.offer().company().equals("Jing")).singleElement()
                .satisfies(s -> assertThat(s.pay().estimate().costOfLiving().index()).isEqualByComparingTo("51.37"));
    }

    @Test
    void zurichDeductsSocialContributionsBeforeTheIncomeTaxes() {
        PayProjection p = PayProjector.project(offer("Zeta", "Zurich", "Switzerland", "CHF", "160000"), context(false, true, List.of()));
        AfterTax tax = p.estimate().afterTax();
        assertThat(tax.place()).isEqualTo("Zurich");
        java.util.Map<String, Money> parts = tax.year1Parts();
        assertThat(parts).containsOnlyKeys("swiss_federal", "zurich_canton", "zurich_city", "ahv_iv_eo", "alv");
        // AHV/IV/EO 5.3% of 160,000 = 8,480; ALV 1.1% of 148,200 = 1,630.20, in francs shown in dollars.
        CurrencyTable rates = new CurrencyTable(DATA.rates().perUsd());
        assertThat(rates.convert(parts.get("ahv_iv_eo"), CurrencyCode.of("CHF")).amount().doubleValue())
                .isCloseTo(8480, org.assertj.core.api.Assertions.within(0.05));
        // Income taxes on 160,000 - 8,480 - 1,630.20 = 149,889.80: simple tax 11,182.88 x 98% and x 119%.
        assertThat(rates.convert(parts.get("zurich_canton"), CurrencyCode.of("CHF")).amount().doubleValue())
                .isCloseTo(11182.88 * 0.98, org.assertj.core.api.Assertions.within(0.05));
        assertThat(rates.convert(parts.get("zurich_city"), CurrencyCode.of("CHF")).amount().doubleValue())
                .isCloseTo(11182.88 * 1.19, org.assertj.core.api.Assertions.within(0.05));
    }

    @Test
    void beijingIncomeTaxIsOnWagesLessTheBasicDeductionSocialInsuranceAndHousingFund() {
        PayProjection p = PayProjector.project(offer("Jing", "Beijing", "China", "CNY", "600000"), context(false, true, List.of()));
        java.util.Map<String, Money> parts = p.estimate().afterTax().year1Parts();
        assertThat(parts).containsOnlyKeys("iit", "social_insurance", "housing_fund");
        CurrencyTable rates = new CurrencyTable(DATA.rates().perUsd());
        CurrencyCode cny = CurrencyCode.of("CNY");
        // Social insurance 10.5% of 429,732 (12 x the 35,811 cap) plus Beijing's CNY 3 a month: 45,157.86;
        // housing fund 12% of 429,732: 51,567.84.
        // Taxable 600,000 - 60,000 - 45,157.86 - 51,567.84 = 443,274.30 -> 30% - 52,920 quick deduction.
        assertThat(rates.convert(parts.get("iit"), cny).amount().doubleValue())
                .isCloseTo(443274.30 * 0.30 - 52920, org.assertj.core.api.Assertions.within(0.05));
    }

    @Test
    void anOfferInACurrencyWithoutAnyRateIsLeftOutWithTheReasonWhileTheOthersRank() {
        Offer peso = offer("Gaucho", "Buenos Aires", "Argentina", "ARS", "90000000");
        Offer sf = offer("Acme", "San Francisco", "USA", "USD", "200000");
        Ranking r = OfferScorer.rank(List.of(peso, sf), WeightPresets.balanced(), context(false, false, List.of()));
        assertThat(r.scores()).extracting(s -> s.offer().company()).containsExactly("Acme");
        assertThat(r.excluded()).singleElement().satisfies(e -> {
            assertThat(e.offer().company()).isEqualTo("Gaucho");
            assertThat(e.currency().code()).isEqualTo("ARS");
        });
    }
}
