package io.offerbench.exchange.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.offerbench.domain.money.MoneyData;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.domain.money.TaxTable;
import io.offerbench.scoring.tax.TaxCalculator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped Canadian tables (federal, Ontario, CPP, CPP2, EI) for 2026 against amounts the Canada
 * Revenue Agency's own Payroll Deductions Online Calculator (PDOC) and another T4127 implementation
 * publish, within 1%. Each expected figure names where it was published; none is computed by this code.
 */
class ShippedCanadaTaxTablesTest {

    private static final MoneyData DATA = MoneyDataset.bundled();

    private static Map<String, BigDecimal> toronto(String wages) {
        TaxPlace place = DATA.taxPlaces().stream().filter(p -> p.id().equals("ca-on-toronto")).findFirst().orElseThrow();
        List<TaxTable> tables = DATA.tablesOf(place);
        return TaxCalculator.byTable(tables, new BigDecimal(wages));
    }

    private static void withinOnePercent(BigDecimal actual, String published) {
        BigDecimal expected = new BigDecimal(published);
        assertThat(actual.doubleValue()).isCloseTo(expected.doubleValue(), within(expected.doubleValue() * 0.01));
    }

    private static BigDecimal ontario(Map<String, BigDecimal> t) {
        return t.get("on-income-tax").add(t.get("on-health-premium"));
    }

    @Test
    void torontoMatchesTheCrasPayrollCalculatorFor2026() {
        // CRA PDOC, Ontario, pay date 16 January 2026, basic claim amounts ($16,452 federal, $12,989
        // Ontario), as recorded in beanflowai/Beanflow-Payroll backend/tests/payroll/pdoc/fixtures/2026/jan
        // (collected 2025-12-30, "VERIFIED"); PDOC's provincial tax includes the Ontario Health Premium.
        // Withholding on an even salary annualises to the year's tax:
        // ON_60K_BIWEEKLY, $2,307.69 x 26: federal $205.32 x 26 = $5,338.32; provincial $114.68 x 26 = $2,981.68.
        Map<String, BigDecimal> sixty = toronto("60000");
        withinOnePercent(sixty.get("ca-federal-income-tax"), "5338.32");
        withinOnePercent(ontario(sixty), "2981.68");
        // ON_120K_MONTHLY, $10,000 x 12: federal $1,457.73 x 12 = $17,492.76; provincial $781.58 x 12 = $9,378.96
        // (full surtax, $750 health premium).
        Map<String, BigDecimal> hundredTwenty = toronto("120000");
        withinOnePercent(hundredTwenty.get("ca-federal-income-tax"), "17492.76");
        withinOnePercent(ontario(hundredTwenty), "9378.96");
        // ON_150K_MONTHLY, $12,500 x 12: federal $2,101.23 x 12 = $25,214.76; provincial $1,212.47 x 12 = $14,549.64.
        Map<String, BigDecimal> hundredFifty = toronto("150000");
        withinOnePercent(hundredFifty.get("ca-federal-income-tax"), "25214.76");
        withinOnePercent(ontario(hundredFifty), "14549.64");
    }

    @Test
    void torontoMatchesTakehomesPublishedT4127AnnualProjection() {
        // Takehome (a T4127 payroll API), quickstart "canonical smoke test": Ontario, $1,000 a week from
        // 15 January 2026, claim code 1: annual projection federal tax $4,243.86, provincial tax $2,381.51
        // (Ontario basic tax $1,781.51 + health premium $600), CPP $2,886.00, EI $847.60.
        Map<String, BigDecimal> t = toronto("52000");
        withinOnePercent(t.get("ca-federal-income-tax"), "4243.86");
        withinOnePercent(t.get("on-income-tax"), "1781.51");
        assertThat(t.get("on-health-premium")).isEqualByComparingTo("600");
        withinOnePercent(t.get("ca-cpp-base").add(t.get("ca-cpp-enhanced")).add(t.get("ca-cpp2")), "2886.00");
        withinOnePercent(t.get("ca-ei"), "847.60");
    }

    @Test
    void cppCpp2AndEiStopAtTheMaximaTheCraPublishes() {
        // CRA 2026: maximum employee CPP contribution $4,230.45, CPP2 $416.00 (Sage, Penad); EI $1,123.07 (TAAG).
        Map<String, BigDecimal> t = toronto("300000");
        withinOnePercent(t.get("ca-cpp-base").add(t.get("ca-cpp-enhanced")), "4230.45");
        withinOnePercent(t.get("ca-cpp2"), "416");
        withinOnePercent(t.get("ca-ei"), "1123.07");
        // Ontario Health Premium chart (Form ON428): $900 above $200,600 of taxable income.
        assertThat(t.get("on-health-premium")).isEqualByComparingTo("900");
    }

    @Test
    void theFederalBasicPersonalAmountShrinksBetweenTheFourthAndFifthBracketsAsTheCraPublishes() {
        // CRA 2026: $16,452 up to $181,440 of net income, $14,829 from $258,482, linear between.
        TaxTable federal = DATA.table("ca-federal-income-tax").orElseThrow();
        var bpa = federal.layers().get(0).credits().amounts().get(0);
        assertThat(bpa.at(new BigDecimal("181440"))).isEqualByComparingTo("16452");
        assertThat(bpa.at(new BigDecimal("258482"))).isEqualByComparingTo("14829");
        assertThat(bpa.at(new BigDecimal("219961")).doubleValue()).isCloseTo(16452 - 1623 / 2.0, within(0.01));
    }

    @Test
    void everyShippedPlacesTablesShareOneCurrency() {
        for (TaxPlace p : DATA.taxPlaces()) {
            assertThat(DATA.tablesOf(p)).as(p.id()).extracting(TaxTable::currency).containsOnly(DATA.tablesOf(p).get(0).currency());
        }
    }
}
