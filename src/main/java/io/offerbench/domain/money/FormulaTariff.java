package io.offerbench.domain.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A tariff written as formulas rather than brackets, as Germany's § 32a EStG is: in each zone, from
 * its {@code from} income, the tax is (a·y + b)·y + c with y = (income − origin) / divisor. A
 * quadratic zone has a ≠ 0; a linear zone (42% of income less a constant) has a = 0, origin 0 and
 * divisor 1. With {@code wholeUnits} the income is rounded down to a whole unit, y to six places and
 * the tax down to a whole unit, as the law and the finance ministry's program do.
 *
 * @param zones      ascending by {@code from}, the first from 0
 * @param wholeUnits round income and tax down to whole units
 */
public record FormulaTariff(List<Zone> zones, boolean wholeUnits) {

    /** One zone of the formula. */
    public record Zone(BigDecimal from, BigDecimal origin, BigDecimal divisor, BigDecimal a, BigDecimal b, BigDecimal c) {

        public Zone {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(divisor, "divisor");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(c, "c");
            if (from.signum() < 0 || divisor.signum() <= 0) {
                throw new IllegalArgumentException("formula zone from < 0 or divisor <= 0: from " + from + ", divisor " + divisor);
            }
        }
    }

    public FormulaTariff {
        zones = List.copyOf(Objects.requireNonNull(zones, "zones"));
        if (zones.isEmpty() || zones.get(0).from().signum() != 0) {
            throw new IllegalArgumentException("formula zones[0].from != 0");
        }
        for (int i = 1; i < zones.size(); i++) {
            if (zones.get(i).from().compareTo(zones.get(i - 1).from()) <= 0) {
                throw new IllegalArgumentException("formula zones: " + zones.get(i).from() + " <= " + zones.get(i - 1).from());
            }
        }
    }
}
