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
 * apply its brackets to the tax of the table's earlier layers (Ontario's surtax), or use a formula
 * tariff instead of brackets (Germany's § 32a EStG); a table may be levied on another table's amount
 * (Germany's solidarity surcharge). A contribution layer may count wages below its minimum base as that
 * base and add a fixed amount (Beijing's social insurance). Results are rounded to the cent.
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
        BigDecimal income = table.of() == null ? wages : others.getOrDefault(table.of(), BigDecimal.ZERO);
        BigDecimal base = income.subtract(deducted).max(BigDecimal.ZERO);
        BigDecimal sum = BigDecimal.ZERO;
        for (TaxLayer layer : table.layers()) {
            BigDecimal contributions = layer.credits() == null ? BigDecimal.ZERO : sum(layer.credits().contributions(), others);
            sum = sum.add(layer.ofTax() ? bracketTax(layer.brackets(), sum) : tax(layer, base, contributions));
        }
        return sum.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Every table of one place on the same {@code wages} (all in the same currency), by table id in
     * the tables' order. A table that deducts or credits other tables' amounts, or is levied on another
     * table's amount (named by table id or part: China's and Switzerland's income taxes after
     * contributions, Canada's taxes after enhanced CPP and with credits for CPP base contributions and
     * EI, Germany's solidarity surcharge on income tax), is computed after the tables it names.
     *
     * @throws IllegalArgumentException when the tables name each other in a circle (a data defect)
     */
    public static Map<String, BigDecimal> byTable(List<TaxTable> tables, BigDecimal wages) {
        Map<String, BigDecimal> done = new LinkedHashMap<>();
        Map<String, BigDecimal> keyed = new LinkedHashMap<>();
        while (done.size() < tables.size()) {
            boolean progress = false;
            for (TaxTable t : tables) {
                if (done.containsKey(t.id()) || !ready(t, tables, done)) {
                    continue;
                }
                BigDecimal amount = tax(t, wages, keyed);
                done.put(t.id(), amount);
                keyed.merge(t.id(), amount, BigDecimal::add);
                if (!t.part().equals(t.id())) {
                    keyed.merge(t.part(), amount, BigDecimal::add);
                }
                progress = true;
            }
            if (!progress) {
                List<String> stuck = tables.stream().map(TaxTable::id).filter(id -> !done.containsKey(id)).toList();
                throw new IllegalArgumentException("tax tables depend on each other in a circle: " + stuck);
            }
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t.id(), done.get(t.id())));
        return out;
    }

    /** The table ids or parts a table reads: what it deducts, what its credits count, what it is levied on. */
    public static List<String> dependencies(TaxTable t) {
        List<String> keys = new java.util.ArrayList<>(t.deducts());
        t.layers().stream().filter(l -> l.credits() != null).forEach(l -> keys.addAll(l.credits().contributions()));
        if (t.of() != null) {
            keys.add(t.of());
        }
        return keys;
    }

    /** A table is ready when every other table it names (by id or part) has been computed. */
    private static boolean ready(TaxTable t, List<TaxTable> tables, Map<String, BigDecimal> done) {
        List<String> keys = dependencies(t);
        return tables.stream().filter(o -> o != t && (keys.contains(o.id()) || keys.contains(o.part()))).allMatch(o -> done.containsKey(o.id()));
    }

    /** A table that deducts, credits or is levied on other tables' amounts is computed after them. */
    public static boolean dependsOnOthers(TaxTable t) {
        return !dependencies(t).isEmpty();
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
        // A contribution base has a published lower limit: below it, contributions are due on the limit.
        BigDecimal counted = layer.minimumBase() == null ? wages : wages.max(layer.minimumBase());
        BigDecimal base = counted.subtract(allowance(layer, counted)).max(BigDecimal.ZERO);
        BigDecimal tax = layer.formula() != null ? formulaTax(layer.formula(), base) : bracketTax(layer.brackets(), base);
        if (layer.recapture() != null) {
            tax = tax.add(recaptured(layer, counted, base, tax));
        }
        tax = tax.add(layer.fixedAmount());
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

    /**
     * A formula tariff's tax on {@code base}: the zone it falls in gives (a·y + b)·y + c with
     * y = (base − origin) / divisor; never negative. With whole units, base and tax are rounded down to
     * whole units and y to six places, as Germany's § 32a EStG and the finance ministry's program do.
     */
    public static BigDecimal formulaTax(io.offerbench.domain.money.FormulaTariff tariff, BigDecimal base) {
        BigDecimal x = tariff.wholeUnits() ? base.setScale(0, RoundingMode.FLOOR) : base;
        io.offerbench.domain.money.FormulaTariff.Zone zone = tariff.zones().get(0);
        for (io.offerbench.domain.money.FormulaTariff.Zone z : tariff.zones()) {
            if (x.compareTo(z.from()) >= 0) {
                zone = z;
            }
        }
        BigDecimal y = x.subtract(zone.origin()).divide(zone.divisor(), tariff.wholeUnits() ? 6 : 10, RoundingMode.DOWN);
        BigDecimal tax = zone.a().multiply(y).add(zone.b()).multiply(y).add(zone.c()).max(BigDecimal.ZERO);
        return tariff.wholeUnits() ? tax.setScale(0, RoundingMode.FLOOR) : tax;
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
