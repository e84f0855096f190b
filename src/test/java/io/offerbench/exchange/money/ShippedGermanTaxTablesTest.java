package io.offerbench.exchange.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.offerbench.domain.money.MoneyData;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.scoring.tax.TaxCalculator;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped German tables for 2026 (Berlin, Munich) against the wage tax the Federal Ministry of Finance
 * publishes for its own 2026 program: the general test table (Prüftabelle, "allgemein") of annual wages in
 * tax class I with the 2.9% additional health contribution and the childless care surcharge, as copied in
 * dataline-gmbh/Dataline.Tax.BmfPapConverter (data/2026/test-allgemein.csv, read 2026-12-02). None of the
 * expected figures is computed by this code.
 */
class ShippedGermanTaxTablesTest {

    private static final MoneyData DATA = MoneyDataset.bundled();

    private static Map<String, BigDecimal> place(String id, String wages) {
        TaxPlace p = DATA.taxPlaces().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return TaxCalculator.byTable(DATA.tablesOf(p), new BigDecimal(wages));
    }

    private static void withinOnePercent(BigDecimal actual, double published) {
        assertThat(actual.doubleValue()).isCloseTo(published, within(published * 0.01));
    }

    @Test
    void incomeTaxMatchesTheFinanceMinistrysPublishedWageTaxFor2026() {
        // Prüftabelle 2026, tax class I, annual wage (RE4) -> annual wage tax (LSTLZZ): 17,500 -> 51; 30,000 -> 2,248;
        // 50,000 -> 6,788; 80,000 -> 15,694; 100,000 -> 23,248; 110,000 -> 27,393.
        Map<Integer, Double> published = Map.of(17500, 51.0, 30000, 2248.0, 50000, 6788.0, 80000, 15694.0, 100000, 23248.0,
                110000, 27393.0);
        published.forEach((wage, tax) -> {
            withinOnePercent(place("de-berlin", String.valueOf(wage)).get("de-income-tax"), tax);
            withinOnePercent(place("de-munich", String.valueOf(wage)).get("de-income-tax"), tax);
        });
        // Below the basic allowance plus the flat allowances and contributions, nothing.
        assertThat(place("de-berlin", "14000").get("de-income-tax")).isEqualByComparingTo("0");
    }

    @Test
    void contributionsAreTheProgramsRatesUpToThe2026Ceilings() {
        // BMF program 2026 (MPARA): pension 9.3% and unemployment 1.3% up to EUR 101,400; health 7% + half of 2.9% and
        // care 1.8% + 0.6% up to EUR 69,750; the general health rate is 14.6% (0.3 point more per side than the program's
        // 7%, for sick pay). At EUR 50,000, under both ceilings: 4,650 + 650 + 4,225 + 150 + 1,200.
        Map<String, BigDecimal> at50k = place("de-berlin", "50000");
        withinOnePercent(at50k.get("de-pension"), 4650);
        withinOnePercent(at50k.get("de-unemployment"), 650);
        withinOnePercent(at50k.get("de-health").add(at50k.get("de-health-sick-pay")), 50000 * (0.073 + 0.0145));
        withinOnePercent(at50k.get("de-care"), 1200);
        // Above both ceilings the contributions stop: EUR 150,000 pays them on 101,400 and 69,750.
        Map<String, BigDecimal> at150k = place("de-munich", "150000");
        withinOnePercent(at150k.get("de-pension"), 101400 * 0.093);
        withinOnePercent(at150k.get("de-unemployment"), 101400 * 0.013);
        withinOnePercent(at150k.get("de-health"), 69750 * 0.0845);
        withinOnePercent(at150k.get("de-care"), 69750 * 0.024);
    }

    @Test
    void theSolidaritySurchargeStartsAboveTheExemptionLimitWithTheLawsMitigation() {
        // SolZG 1995 sections 3 and 4 with the 2026 exemption limit (program: SOLZFREI EUR 20,350): none on income tax up to
        // 20,350; at most 11.9% of the part above; 5.5% of the whole once that is less. No published surcharge amount is in
        // the ministry's general test table, so these are the law's own amounts on the table's income tax.
        assertThat(place("de-berlin", "80000").get("de-soli")).isEqualByComparingTo("0");
        // EUR 100,000: income tax 23,248 (Prüftabelle) -> 11.9% of 2,898 = 344.86.
        withinOnePercent(place("de-berlin", "100000").get("de-soli"), 0.119 * (23248 - 20350));
        // EUR 200,000: taxable 181,735 (200,000 less 1,266 and the capped contributions), income tax 0.42 x 181,735 - 11,135.63
        // = 65,193; the surcharge is then 5.5% of it.
        BigDecimal tax = place("de-berlin", "200000").get("de-income-tax");
        withinOnePercent(place("de-berlin", "200000").get("de-soli"), tax.doubleValue() * 0.055);
        assertThat(DATA.taxLeftOut()).flatExtracting(p -> p.cities()).doesNotContain("Berlin", "Munich");
    }
}
