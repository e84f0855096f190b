package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Money;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Picks benchmark rows by their fields (segment, seniority, metric, unit), never by id, and converts
 * their money to the home currency. Hidden rows and rows whose currency has no exchange rate are left out.
 */
final class BenchmarkSelector {

    /** US industry segments may fall back to market-wide figures; academia and China labs may not. */
    static final Set<Segment> FALLS_BACK_TO_MARKET = Set.of(Segment.FRONTIER_LAB, Segment.BIG_TECH, Segment.AI_STARTUP,
            Segment.QUANT_FIRM, Segment.NONPROFIT_INSTITUTE);

    private final ScoringContext ctx;

    BenchmarkSelector(ScoringContext ctx) {
        this.ctx = ctx;
    }

    /** Money rows of the given measure for these segments; seniority null on a row means "any". */
    List<Benchmark> payRows(PayMeasure measure, Collection<Segment> segments, Seniority seniority) {
        return ctx.visibleBenchmarks().stream()
                .filter(b -> measure.metrics().contains(b.metric()))
                .filter(b -> measure.units().contains(b.unit().strip().toLowerCase(java.util.Locale.ROOT)))
                .filter(b -> segments.contains(b.segment()))
                .filter(b -> b.seniority() == null || seniority == null || b.seniority() == seniority)
                .filter(b -> b.low() != null || b.high() != null)
                .filter(b -> b.currency() != null && ctx.currencies().canConvert(b.currency(), ctx.homeCurrency()))
                .toList();
    }

    /** Pay ratio rows with both ends, the academia segment's first, else any segment's. */
    List<Benchmark> payRatioRows() {
        List<Benchmark> all = ctx.visibleBenchmarks().stream()
                .filter(b -> b.metric() == Metric.PAY_RATIO && b.low() != null && b.high() != null && b.low().signum() > 0)
                .toList();
        List<Benchmark> academic = all.stream().filter(b -> b.segment() == Segment.ACADEMIA).toList();
        return academic.isEmpty() ? all : academic;
    }

    Money low(Benchmark b) {
        return b.low() == null ? null : convert(b, b.low());
    }

    Money high(Benchmark b) {
        return b.high() == null ? null : convert(b, b.high());
    }

    BandRow bandRow(Benchmark b, String role) {
        return BandRow.money(b, low(b), high(b), role);
    }

    private Money convert(Benchmark b, java.math.BigDecimal amount) {
        return ctx.currencies().convert(new Money(amount, b.currency()), ctx.homeCurrency());
    }

    static String describe(Seniority s) {
        if (s == null) {
            return "any seniority";
        }
        return switch (s) {
            case NEW_GRAD_PHD -> "new-grad PhD";
            case POSTDOC -> "postdoc";
            case EXPERIENCED_RESEARCHER -> "experienced researcher";
            case SENIOR_STAFF -> "senior staff";
        };
    }
}
