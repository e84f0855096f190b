package io.offerbench.scoring.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.money.CreditRule;
import io.offerbench.domain.money.FormulaTariff;
import io.offerbench.domain.money.SourceRef;
import io.offerbench.domain.money.TaxBracket;
import io.offerbench.domain.money.TaxLayer;
import io.offerbench.domain.money.TaxTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The data-driven rules the calculator applies beyond brackets: non-refundable credits on amounts and
 * other tables' contributions, a surtax on the tax of earlier layers, an abatement, and the order in
 * which one place's tables are computed. Figures are small made-up schedules worked by hand.
 */
class TaxCalculatorRulesTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static List<TaxBracket> brackets(String... pairs) {
        List<TaxBracket> out = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new TaxBracket(d(pairs[i]), d(pairs[i + 1])));
        }
        return out;
    }

    private static TaxLayer layer(List<TaxBracket> b, CreditRule credits, boolean ofTax, String abatement) {
        return new TaxLayer(null, null, null, b, null, null, null, credits, ofTax, abatement == null ? null : d(abatement));
    }

    private static TaxTable table(String id, String part, List<String> deducts, TaxLayer... layers) {
        return new TaxTable(id, part, id, "2026", CurrencyCode.of("CAD"), List.of(layers), List.of(new SourceRef("a", "t", "")),
                List.of(), LocalDate.of(2026, 12, 2), List.of(), deducts);
    }

    @Test
    void aCreditIsItsRateTimesItsAmountsAndTheContributionsItNames() {
        CreditRule rule = new CreditRule(d("0.10"), List.of(new CreditRule.Amount("basic", d("1000"), null, null, null)), List.of("pension"));
        TaxLayer l = layer(brackets("0", "0.10", "10000", "0.20"), rule, false, null);
        // 10% of 10,000 + 20% of 5,000 = 2,000; credit 10% x (1,000 + 500) = 150.
        assertThat(TaxCalculator.tax(l, d("15000"), d("500"))).isEqualByComparingTo("1850");
        // Never below zero.
        assertThat(TaxCalculator.tax(l, d("1000"), d("500"))).isEqualByComparingTo("0");
    }

    @Test
    void aCreditAmountFallsLinearlyBetweenItsBoundsAndStaysAtItsFloor() {
        CreditRule.Amount a = new CreditRule.Amount("basic", d("1000"), d("600"), d("100000"), d("200000"));
        assertThat(a.at(d("50000"))).isEqualByComparingTo("1000");
        assertThat(a.at(d("150000"))).isEqualByComparingTo("800");
        assertThat(a.at(d("250000"))).isEqualByComparingTo("600");
        assertThatThrownBy(() -> new CreditRule.Amount("bad", d("1000"), d("1200"), d("1"), d("2")))
                .hasMessageContaining("reduced_to");
    }

    @Test
    void aSurtaxLayerAppliesItsBracketsToTheTaxOfTheEarlierLayers() {
        TaxLayer basic = layer(brackets("0", "0.10"), null, false, null);
        TaxLayer surtax = layer(brackets("0", "0", "1000", "0.20", "2000", "0.56"), null, true, null);
        TaxTable t = table("t", "p", List.of(), basic, surtax);
        // Basic 10% of 30,000 = 3,000; surtax 20% of 1,000 + 56% of 1,000 = 760.
        assertThat(TaxCalculator.tax(t, d("30000"))).isEqualByComparingTo("3760");
        assertThatThrownBy(() -> new TaxLayer(d("1"), null, null, brackets("0", "0.1"), null, null, null, null, true, null))
                .hasMessageContaining("surtax");
    }

    @Test
    void anAbatementForgivesItsShareOfTheTaxAfterCredits() {
        CreditRule rule = new CreditRule(d("0.10"), List.of(new CreditRule.Amount("basic", d("1000"), null, null, null)), List.of());
        TaxLayer l = layer(brackets("0", "0.10"), rule, false, "0.165");
        // (1,000 - 100) x (1 - 0.165) = 751.50.
        assertThat(TaxCalculator.tax(l, d("10000"), BigDecimal.ZERO)).isEqualByComparingTo("751.50");
    }

    @Test
    void aContributionCountsWagesBelowItsMinimumBaseAsThatBaseAndAddsItsFixedAmount() {
        // 10% up to 50,000; wages below 12,000 count as 12,000; 36 a year on top.
        TaxLayer l = new TaxLayer(null, null, null, brackets("0", "0.10", "50000", "0"), null, null, null, null, false, null, null,
                d("12000"), d("36"));
        assertThat(TaxCalculator.tax(l, d("6000"))).isEqualByComparingTo("1236");
        assertThat(TaxCalculator.tax(l, d("20000"))).isEqualByComparingTo("2036");
        assertThat(TaxCalculator.tax(l, d("90000"))).isEqualByComparingTo("5036");
        // No wages, no contribution: the minimum base and the fixed amount apply only to someone paid.
        assertThat(TaxCalculator.tax(l, BigDecimal.ZERO)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> new TaxLayer(null, null, null, brackets("0", "0.1"), null, null, null, null, false, null, null,
                d("-1"), null)).isInstanceOf(io.offerbench.domain.Refusal.class);
        assertThatThrownBy(() -> new TaxLayer(null, null, null, brackets("0", "0.1"), null, null, null, null, true, null, null,
                null, d("36"))).hasMessageContaining("surtax");
    }

    @Test
    void aPlacesTablesAreComputedAfterTheContributionsTheyDeductOrCredit() {
        TaxTable pension = table("pension-base", "pension", List.of(), layer(brackets("0", "0.05"), null, false, null));
        TaxTable extra = table("pension-extra", "pension", List.of(), layer(brackets("0", "0.01"), null, false, null));
        CreditRule rule = new CreditRule(d("0.10"), List.of(), List.of("pension-base"));
        TaxTable income = table("income", "income", List.of("pension-extra"), layer(brackets("0", "0.20"), rule, false, null));
        // Listed first, computed last: wages 100,000 less 1,000 extra pension = 99,000 at 20% = 19,800,
        // less 10% of the 5,000 base pension = 19,300.
        Map<String, BigDecimal> by = TaxCalculator.byTable(List.of(income, pension, extra), d("100000"));
        assertThat(by).containsOnlyKeys("income", "pension-base", "pension-extra");
        assertThat(by.get("income")).isEqualByComparingTo("19300");
        assertThat(by.get("pension-base")).isEqualByComparingTo("5000");
        assertThat(List.copyOf(by.keySet())).containsExactly("income", "pension-base", "pension-extra");
    }

    @Test
    void aFormulaTariffAppliesTheZoneTheIncomeFallsInAndRoundsDownToWholeUnits() {
        // Zone 1: nothing; zone 2 from 1,000: (0.5 y + 10) y with y = (x - 1,000) / 100; zone 3 from 2,000: 30% less 300.
        FormulaTariff f = new FormulaTariff(List.of(new FormulaTariff.Zone(d("0"), d("0"), d("1"), d("0"), d("0"), d("0")),
                new FormulaTariff.Zone(d("1000"), d("1000"), d("100"), d("0.5"), d("10"), d("0")),
                new FormulaTariff.Zone(d("2000"), d("0"), d("1"), d("0"), d("0.30"), d("-300"))), true);
        assertThat(TaxCalculator.formulaTax(f, d("999.99"))).isEqualByComparingTo("0");
        // 1,550.75 -> 1,550: y = 5.5, (2.75 + 10) x 5.5 = 70.125 -> 70.
        assertThat(TaxCalculator.formulaTax(f, d("1550.75"))).isEqualByComparingTo("70");
        // 3,000: 900 - 300 = 600.
        assertThat(TaxCalculator.formulaTax(f, d("3000"))).isEqualByComparingTo("600");
        assertThatThrownBy(() -> new FormulaTariff(List.of(new FormulaTariff.Zone(d("5"), d("0"), d("1"), d("0"), d("0"), d("0"))), true))
                .hasMessageContaining("zones[0]");
    }

    @Test
    void aTableLeviedOnAnotherTablesAmountAppliesItsScheduleToThatAmount() {
        TaxTable income = table("income", "income", List.of(), layer(brackets("0", "0.20"), null, false, null));
        TaxTable surcharge = new TaxTable("surcharge", "surcharge", "s", "2026", CurrencyCode.of("EUR"),
                List.of(layer(brackets("0", "0", "1000", "0.10"), null, false, null)), List.of(new SourceRef("a", "t", "")), List.of(),
                LocalDate.of(2026, 12, 2), List.of(), List.of(), "income");
        // Income tax 20% of 50,000 = 10,000; the surcharge 10% of the 9,000 above 1,000 = 900.
        Map<String, BigDecimal> by = TaxCalculator.byTable(List.of(surcharge, income), d("50000"));
        assertThat(by.get("surcharge")).isEqualByComparingTo("900");
        TaxTable circle = new TaxTable("circle", "circle", "c", "2026", CurrencyCode.of("EUR"), List.of(layer(brackets("0", "0.1"), null, false, null)),
                List.of(new SourceRef("a", "t", "")), List.of(), LocalDate.of(2026, 12, 2), List.of(), List.of(), "circle2");
        TaxTable circle2 = new TaxTable("circle2", "circle2", "c", "2026", CurrencyCode.of("EUR"), List.of(layer(brackets("0", "0.1"), null, false, null)),
                List.of(new SourceRef("a", "t", "")), List.of(), LocalDate.of(2026, 12, 2), List.of(), List.of(), "circle");
        assertThatThrownBy(() -> TaxCalculator.byTable(List.of(circle, circle2), d("1"))).hasMessageContaining("circle");
    }
}
