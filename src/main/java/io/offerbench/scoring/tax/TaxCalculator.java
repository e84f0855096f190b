package io.offerbench.scoring.tax;

import io.offerbench.domain.money.TaxBracket;
import io.offerbench.domain.money.TaxLayer;
import io.offerbench.domain.money.TaxTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Applies a shipped schedule to a year's wages. Pure arithmetic on the table's own figures: the
 * allowance (tapered where the table says so), then each bracket's rate on the slice of the base it
 * covers, plus New York's recapture where the layer has one, times the layer's multiplier (a Swiss
 * Steuerfuss), then the credit. Results are rounded to the cent.
 */
public final class TaxCalculator {

    private TaxCalculator() {
    }

    /** The table's tax on {@code wages} (in the table's currency), every layer added up. */
    public static BigDecimal tax(TaxTable table, BigDecimal wages) {
        return tax(table, wages, BigDecimal.ZERO);
    }

    /**
     * The table's tax on {@code wages} after {@code deducted} (the contributions the table's
     * {@code deducts} names, already computed, in the table's currency) comes off them first.
     */
    public static BigDecimal tax(TaxTable table, BigDecimal wages, BigDecimal deducted) {
        BigDecimal base = wages.subtract(deducted).max(BigDecimal.ZERO);
        BigDecimal sum = BigDecimal.ZERO;
        for (TaxLayer layer : table.layers()) {
            sum = sum.add(tax(layer, base));
        }
        return sum.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** One layer's tax on {@code wages}; never negative. */
    public static BigDecimal tax(TaxLayer layer, BigDecimal wages) {
        if (wages.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal base = wages.subtract(allowance(layer, wages)).max(BigDecimal.ZERO);
        BigDecimal tax = BigDecimal.ZERO;
        List<TaxBracket> brackets = layer.brackets();
        for (int i = 0; i < brackets.size(); i++) {
            TaxBracket b = brackets.get(i);
            if (base.compareTo(b.from()) <= 0) {
                break;
            }
            BigDecimal top = i + 1 < brackets.size() ? brackets.get(i + 1).from().min(base) : base;
            tax = tax.add(top.subtract(b.from()).multiply(b.rate()));
        }
        if (layer.recapture() != null) {
            tax = tax.add(recaptured(layer, wages, base, tax));
        }
        return tax.multiply(layer.multiplier()).subtract(layer.credit()).max(BigDecimal.ZERO);
    }

    /**
     * New York's tax-benefit recapture (IT-201 instructions, tax computation worksheets): nothing up to
     * the threshold; above it the step for the taxable income adds its base plus its incremental
     * benefit times the share of the phase-in the income has passed (rounded to four places, as the
     * worksheets do); above the flat threshold the whole taxable income pays the top rate.
     */
    static BigDecimal recaptured(TaxLayer layer, BigDecimal income, BigDecimal taxable, BigDecimal bracketTax) {
        io.offerbench.domain.money.Recapture r = layer.recapture();
        if (income.compareTo(r.fromIncome()) <= 0) {
            return BigDecimal.ZERO;
        }
        if (r.flatAbove() != null && income.compareTo(r.flatAbove()) > 0) {
            BigDecimal top = layer.brackets().get(layer.brackets().size() - 1).rate();
            return taxable.multiply(top).subtract(bracketTax).max(BigDecimal.ZERO);
        }
        io.offerbench.domain.money.Recapture.Step step = r.steps().get(0);
        for (io.offerbench.domain.money.Recapture.Step s : r.steps()) {
            if (taxable.compareTo(s.from()) > 0) {
                step = s;
            }
        }
        BigDecimal start = step.from().max(r.fromIncome());
        BigDecimal share = income.subtract(start).max(BigDecimal.ZERO).divide(r.phaseIn(), 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return step.base().add(step.incremental().multiply(share));
    }

    /** The allowance after any taper: the UK's personal allowance falls by 1 for every 2 of wages above 100,000. */
    static BigDecimal allowance(TaxLayer layer, BigDecimal wages) {
        if (layer.taperFrom() == null || wages.compareTo(layer.taperFrom()) <= 0) {
            return layer.allowance();
        }
        BigDecimal lost = wages.subtract(layer.taperFrom()).multiply(layer.taperRate());
        return layer.allowance().subtract(lost).max(BigDecimal.ZERO);
    }
}
