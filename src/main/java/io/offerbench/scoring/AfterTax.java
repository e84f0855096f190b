package io.offerbench.scoring;

import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Money;
import io.offerbench.domain.money.TaxTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An offer's estimated pay after income tax and payroll contributions, in the home currency:
 * single filer, no other income, standard deduction; equity taxed as ordinary income when it vests.
 *
 * @param place          the shipped place whose tables were used, or the user's own place name
 * @param tables         the shipped tables used, in breakdown order; empty when the user's rate was used
 * @param userRate       the user's own effective rate in percent, or null when shipped tables were used
 * @param grossYear1     year-1 pay before tax (base, bonus, sign-on, vested equity)
 * @param year1Parts     year 1's tax by part ("federal", "california", "fica", …), home currency
 * @param netByYear      pay after tax for years 1..horizon
 * @param grossSteady    steady-state pay before tax
 * @param netSteady      steady-state pay after tax
 * @param netAverage     mean after-tax pay over the averaging years
 */
public record AfterTax(String place, List<TaxTable> tables, LocationFactor userRate, Money grossYear1,
        Map<String, Money> year1Parts, List<Money> netByYear, Money grossSteady, Money netSteady, Money netAverage,
        Money grossAverage) {

    public AfterTax {
        Objects.requireNonNull(place, "place");
        tables = List.copyOf(tables);
        year1Parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(year1Parts));
        netByYear = List.copyOf(netByYear);
    }

    public Money netYear1() {
        return netByYear.get(0);
    }

    public Money year1Tax() {
        return grossYear1.minus(netYear1());
    }

    /** Share of year-1 pay kept after tax, 0-1. */
    public BigDecimal keptShareYear1() {
        return grossYear1.isZero() ? BigDecimal.ONE
                : netYear1().amount().divide(grossYear1.amount(), 4, java.math.RoundingMode.HALF_EVEN);
    }

    public boolean usesShippedTables() {
        return userRate == null;
    }
}
