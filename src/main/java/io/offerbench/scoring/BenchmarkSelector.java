package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.Region;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Money;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks benchmark rows by their fields (segment, seniority, metric, unit), never by id, and converts
 * their money to the home currency. Hidden rows and rows whose currency has no exchange rate are left out.
 */
final class BenchmarkSelector {

    /**
     * US industry segments for which market-wide figures are shown as context (never used for a verdict);
     * academia, China labs and labs elsewhere get none, because the market-wide figures are US industry pay.
     */
    static final Set<Segment> MARKET_WIDE_CONTEXT = Set.of(Segment.FRONTIER_LAB, Segment.BIG_TECH, Segment.AI_STARTUP,
            Segment.QUANT_FIRM, Segment.NONPROFIT_INSTITUTE);

    /** Kinds shown beside a verdict: what the top of the market or one company pays, never a target. */
    static final Set<BenchmarkKind> CONTEXT_KINDS = Set.of(BenchmarkKind.TOP_OF_MARKET, BenchmarkKind.COMPANY_SPECIFIC);

    private final ScoringContext ctx;
    private final List<Benchmark> visible;
    // The rows and bands of a measure and scope depend only on the context: worked out once per selector,
    // which scoreAll shares between all its offers (concurrent maps, as it scores them on every core).
    private final Map<Scoped, List<Benchmark>> typical = new ConcurrentHashMap<>();
    private final Map<Scoped, List<Benchmark>> context = new ConcurrentHashMap<>();
    private final Map<Scoped, List<BandRow>> typicalBands = new ConcurrentHashMap<>();
    private final Map<Benchmark, BandRow> contextBands = new ConcurrentHashMap<>();

    private record Scoped(PayMeasure measure, MarketScope scope) {
    }

    BenchmarkSelector(ScoringContext ctx) {
        this.ctx = ctx;
        this.visible = ctx.visibleBenchmarks();
    }

    /** Money rows of the given measure for these segments; seniority null on a row means "any". */
    List<Benchmark> payRows(PayMeasure measure, Collection<Segment> segments, Seniority seniority) {
        return visible.stream()
                .filter(b -> measure.metrics().contains(b.metric()))
                .filter(b -> measure.accepts(b.unit()))
                .filter(b -> segments.contains(b.segment()))
                .filter(b -> b.seniority() == null || seniority == null || b.seniority() == seniority)
                .filter(b -> b.low() != null || b.high() != null)
                .filter(b -> b.currency() != null && ctx.currencies().canConvert(b.currency(), ctx.homeCurrency()))
                .toList();
    }

    /** Typical rows of exactly the offer's segment, seniority and region: the only rows a verdict may use. */
    List<Benchmark> typicalRows(PayMeasure measure, MarketScope scope) {
        return typical.computeIfAbsent(new Scoped(measure, scope), k -> findTypicalRows(measure, scope));
    }

    /** The typical rows' bands, as {@link #bandRow} gives them with the role "typical". */
    List<BandRow> typicalBands(PayMeasure measure, MarketScope scope) {
        return typicalBands.computeIfAbsent(new Scoped(measure, scope),
                k -> typicalRows(measure, scope).stream().map(b -> bandRow(b, "typical")).toList());
    }

    /** A context row's band, as {@link #bandRow} gives it with the role "context". */
    BandRow contextBand(Benchmark b) {
        return contextBands.computeIfAbsent(b, k -> bandRow(b, "context"));
    }

    private List<Benchmark> findTypicalRows(PayMeasure measure, MarketScope scope) {
        return payRows(measure, List.of(scope.segment()), scope.seniority()).stream()
                .filter(Benchmark::isTypical)
                .filter(b -> sameRegion(b, scope))
                .toList();
    }

    /** Top-of-market and company-specific rows of the same measure and scope (market-wide ones for US industry). */
    List<Benchmark> contextRows(PayMeasure measure, MarketScope scope) {
        return context.computeIfAbsent(new Scoped(measure, scope), k -> findContextRows(measure, scope));
    }

    private List<Benchmark> findContextRows(PayMeasure measure, MarketScope scope) {
        List<Segment> segments = MARKET_WIDE_CONTEXT.contains(scope.segment())
                ? List.of(scope.segment(), Segment.AI_MARKET) : List.of(scope.segment());
        return payRows(measure, segments, scope.seniority()).stream()
                .filter(b -> CONTEXT_KINDS.contains(b.kind()))
                .filter(b -> sameRegion(b, scope))
                .toList();
    }

    /** A row applies to the offer's region; an offer with no country takes its segment's region. */
    static boolean sameRegion(Benchmark b, MarketScope scope) {
        Region offer = scope.region() == Region.UNKNOWN ? Region.of(scope.segment()) : scope.region();
        return Region.of(b.segment()) == offer;
    }

    /** Pay ratio rows with both ends, the academia segment's first, else any segment's. */
    List<Benchmark> payRatioRows() {
        List<Benchmark> all = visible.stream()
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
