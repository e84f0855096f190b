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
    TOTAL(Set.of(Metric.TOTAL_PACKAGE, Metric.ANNUAL_INCOME), Set.of(BenchmarkUnit.PER_YEAR.code(), "")),
    BASE(Set.of(Metric.BASE_SALARY), Set.of(BenchmarkUnit.PER_YEAR.code(), "")),
    SIGN_ON(Set.of(Metric.SIGN_ON_BONUS), Set.of(BenchmarkUnit.ONE_OFF.code(), ""));

    private final Set<Metric> metrics;
    private final Set<String> units;

    PayMeasure(Set<Metric> metrics, Set<String> units) {
        this.metrics = metrics;
        this.units = units;
    }

    public Set<Metric> metrics() {
        return metrics;
    }

    /** Units a row may carry to be read as this measure; a blank unit is accepted as the natural one. */
    public Set<String> units() {
        return units;
    }
}
