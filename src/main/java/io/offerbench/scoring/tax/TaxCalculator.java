package io.offerbench.scoring.tax;

import io.offerbench.domain.money.TaxBracket;
import io.offerbench.domain.money.TaxLayer;
import io.offerbench.domain.money.TaxTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a shipped schedule to a year's wages. Pure arithmetic on the table's own figures: the
 * allowance (tapered where the table says so), then each bracket's rate on the slice of the base it
 * covers, plus New York's recapture where the layer has one, times the layer's multiplier (a Swiss
 * Steuerfuss), then the credit. A layer may also grant a non-refundable credit on amounts and the
 * place's contributions (Canada's), have a share of its tax abated (Quebec's abatement of federal tax),
 * or apply its brackets to the tax of the table's earlier layers (Ontario's surtax). Results are rounded
 * to the cent.
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
        return tax(table, wages, deducted, Map.of());
    }

    /**
     * The table's tax on {@code wages}, given the amounts already computed for the place's other tables
     * ({@code others}, keyed by table id and by part, in the table's currency): the table's
     * {@code deducts} come off wages first, and each layer's credit adds the contributions it names.
     */
    public static BigDecimal tax(TaxTable table, BigDecimal wages, Map<String, BigDecimal> others) {
        return tax(table, wages, sum(table.deducts(), others), others);
    }

    private static BigDecimal tax(TaxTable table, BigDecimal wages, BigDecimal deducted, Map<String, BigDecimal> others) {
        BigDecimal base = wages.subtract(deducted).max(BigDecimal.ZERO);
        BigDecimal sum = BigDecimal.ZERO;
        for (TaxLayer layer : table.layers()) {
            BigDecimal contributions = layer.credits() == null ? BigDecimal.ZERO : sum(layer.credits().contributions(), others);
            sum = sum.add(layer.ofTax() ? bracketTax(layer.brackets(), sum) : tax(layer, base, contributions));
        }
        return sum.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Every table of one place on the same {@code wages} (all in the same currency), by table id in
     * the tables' order. Tables that deduct or credit other tables' amounts (named by table id or part:
     * China's and Switzerland's income taxes after contributions, Canada's taxes after enhanced CPP and
     * with credits for CPP base contributions and EI) come after the contributions they name.
     */
    public static Map<String, BigDecimal> byTable(List<TaxTable> tables, BigDecimal wages) {
        Map<String, BigDecimal> contributions = new LinkedHashMap<>();
        Map<String, BigDecimal> keyed = new LinkedHashMap<>();
        for (TaxTable t : tables) {
            if (!dependsOnOthers(t)) {
                BigDecimal amount = tax(t, wages);
                contributions.put(t.id(), amount);
                keyed.merge(t.id(), amount, BigDecimal::add);
                keyed.merge(t.part(), amount, BigDecimal::add);
            }
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (TaxTable t : tables) {
            out.put(t.id(), contributions.containsKey(t.id()) ? contributions.get(t.id()) : tax(t, wages, keyed));
        }
        return out;
    }

    /** A table that deducts other parts from wages or credits their amounts is computed after them. */
    public static boolean dependsOnOthers(TaxTable t) {
        return !t.deducts().isEmpty() || t.layers().stream().anyMatch(l -> l.credits() != null && !l.credits().contributions().isEmpty());
    }

    /** The amounts {@code keys} name (table ids or parts), added up; a key with no amount counts 0. */
    static BigDecimal sum(List<String> keys, Map<String, BigDecimal> amounts) {
        return keys.stream().map(k -> amounts.getOrDefault(k, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One layer's tax on {@code wages}; never negative. */
    public static BigDecimal tax(TaxLayer layer, BigDecimal wages) {
        return tax(layer, wages, BigDecimal.ZERO);
    }

    /**
     * One layer's tax on {@code wages}, its credit rule (if any) counting {@code contributions} with
     * its own amounts; never negative.
     */
    public static BigDecimal tax(TaxLayer layer, BigDecimal wages, BigDecimal contributions) {
        if (wages.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal base = wages.subtract(allowance(layer, wages)).max(BigDecimal.ZERO);
        BigDecimal tax = bracketTax(layer.brackets(), base);
        if (layer.recapture() != null) {
            tax = tax.add(recaptured(layer, wages, base, tax));
        }
        BigDecimal credit = layer.credit().add(credit(layer, base, contributions));
        BigDecimal after = tax.multiply(layer.multiplier()).subtract(credit).max(BigDecimal.ZERO);
        return after.subtract(after.multiply(layer.abatement()));
    }

    /** The layer's non-refundable credit: its rate times its amounts at {@code income} plus the contributions. */
    static BigDecimal credit(TaxLayer layer, BigDecimal income, BigDecimal contributions) {
        io.offerbench.domain.money.CreditRule rule = layer.credits();
        if (rule == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal amounts = rule.amounts().stream().map(a -> a.at(income)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return rule.rate().multiply(amounts.add(contributions));
    }

    /** Each bracket's rate on the slice of {@code base} it covers, added up. */
    static BigDecimal bracketTax(List<TaxBracket> brackets, BigDecimal base) {
        BigDecimal tax = BigDecimal.ZERO;
        for (int i = 0; i < brackets.size(); i++) {
            TaxBracket b = brackets.get(i);
            if (base.compareTo(b.from()) <= 0) {
                break;
            }
            BigDecimal top = i + 1 < brackets.size() ? brackets.get(i + 1).from().min(base) : base;
            tax = tax.add(top.subtract(b.from()).multiply(b.rate()));
        }
        return tax;
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
