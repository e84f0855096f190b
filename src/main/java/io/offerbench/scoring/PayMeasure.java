package io.offerbench.scoring;

import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Metric;
import java.util.Set;

/**
 * Which part of an offer is compared with which benchmark metrics. Whole-package and reported-income
 * figures are compared with the year-1 total (base + bonus + sign-on + vested equity, no relocation),
 * base-salary figures with base, sign-on figures with the whole sign-on bonus. Its name in words is the
 * bundle's {@code market.measure.<NAME>}.
 */
public enum PayMeasure {
    TOTAL(Set.of(Metric.TOTAL_PACKAGE, Metric.ANNUAL_INCOME), BenchmarkUnit.PER_YEAR),
    BASE(Set.of(Metric.BASE_SALARY), BenchmarkUnit.PER_YEAR),
    SIGN_ON(Set.of(Metric.SIGN_ON_BONUS), BenchmarkUnit.ONE_OFF);

    private final Set<Metric> metrics;
    private final BenchmarkUnit unit;

    PayMeasure(Set<Metric> metrics, BenchmarkUnit unit) {
        this.metrics = metrics;
        this.unit = unit;
    }

    public Set<Metric> metrics() {
        return metrics;
    }

    /** Whether a row in {@code rowUnit} can be read as this measure: its own unit, or none (taken as the natural one). */
    public boolean accepts(BenchmarkUnit rowUnit) {
        return rowUnit == null || rowUnit == unit;
    }
}
