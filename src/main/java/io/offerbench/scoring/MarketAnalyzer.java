package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.Segment;
import io.offerbench.scoring.MarketPosition.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places an offer's nominal pay against the benchmark rows of its segment and seniority (rows with no
 * seniority count for any). US industry segments with no rows of their own fall back to market-wide
 * rows; academic offers with no academic rows get a derived band ({@link AcademicBand}).
 */
public final class MarketAnalyzer {

    private MarketAnalyzer() {
    }

    /** Year-1 total always (NO_BENCHMARK when nothing matches); base and sign-on when rows exist. */
    public static List<MarketPosition> positions(Offer offer, PayProjection nominal, ScoringContext ctx) {
        BenchmarkSelector select = new BenchmarkSelector(ctx);
        List<MarketPosition> out = new ArrayList<>();
        out.add(position(offer, PayMeasure.TOTAL, nominal.year1Total(), select));
        MarketPosition base = position(offer, PayMeasure.BASE, nominal.year1Base(), select);
        if (base.verdict() != Verdict.NO_BENCHMARK) {
            out.add(base);
        }
        MarketPosition signOn = position(offer, PayMeasure.SIGN_ON, nominal.signOnTotal(), select);
        if (signOn.verdict() != Verdict.NO_BENCHMARK) {
            out.add(signOn);
        }
        return out;
    }

    /** The headline position: year-1 total when it has a band, else base salary, else NO_BENCHMARK. */
    public static MarketPosition primary(List<MarketPosition> positions) {
        return positions.stream().filter(p -> p.measure() != PayMeasure.SIGN_ON && p.verdict() != Verdict.NO_BENCHMARK)
                .findFirst().orElse(positions.get(0));
    }

    static MarketPosition position(Offer offer, PayMeasure measure, Money value, BenchmarkSelector select) {
        Segment segment = Segment.of(offer.type());
        String who = segment.code() + " " + BenchmarkSelector.describe(offer.seniority());
        List<Benchmark> rows = select.payRows(measure, List.of(segment), offer.seniority());
        String scope = who + " figure";
        if (rows.isEmpty() && BenchmarkSelector.FALLS_BACK_TO_MARKET.contains(segment)) {
            rows = select.payRows(measure, List.of(Segment.AI_MARKET), offer.seniority());
            scope = "market-wide " + BenchmarkSelector.describe(offer.seniority()) + " figure (no " + segment.code() + " rows)";
        }
        if (!rows.isEmpty()) {
            List<BandRow> bandRows = rows.stream().map(b -> select.bandRow(b, "direct")).toList();
            Money low = bandRows.stream().map(BandRow::low).reduce(null, AcademicBand::min);
            Money high = bandRows.stream().map(BandRow::high).reduce(null, AcademicBand::max);
            String source = bandRows.size() + " " + scope + (bandRows.size() == 1 ? "" : "s");
            return judge(measure, value, low, high, bandRows, false, source);
        }
        if (measure == PayMeasure.TOTAL && segment == Segment.ACADEMIA) {
            Optional<AcademicBand.Derived> derived = AcademicBand.derive(select);
            if (derived.isPresent()) {
                AcademicBand.Derived d = derived.get();
                return judge(measure, value, d.low(), d.high(), d.rows(), true, d.how());
            }
        }
        return new MarketPosition(measure, Verdict.NO_BENCHMARK, value, null, null, List.of(), null, null, false,
                "No visible " + measure.label().toLowerCase(java.util.Locale.ROOT) + " benchmark for " + who
                        + "; add or unhide one in Benchmarks to place this offer.");
    }

    private static MarketPosition judge(PayMeasure measure, Money value, Money low, Money high, List<BandRow> rows,
            boolean derived, String source) {
        String ids = String.join(", ", rows.stream().map(BandRow::benchmarkId).toList());
        String band = BandRow.rangeText(low, high);
        String what = measure.label() + " " + MoneyFormat.format(value);
        if (low != null && value.compareTo(low) < 0) {
            Money gap = low.minus(value);
            BigDecimal pct = percentOf(gap, low);
            return new MarketPosition(measure, Verdict.BELOW, value, low, high, rows, gap, pct, derived,
                    what + " is " + MoneyFormat.format(gap) + " (" + MoneyFormat.percent(pct) + ") below the " + band
                            + " band (" + source + "; ids: " + ids + ").");
        }
        if (high != null && value.compareTo(high) > 0) {
            Money gap = value.minus(high);
            BigDecimal pct = percentOf(gap, high);
            return new MarketPosition(measure, Verdict.ABOVE, value, low, high, rows, gap, pct, derived,
                    what + " is " + MoneyFormat.format(gap) + " (" + MoneyFormat.percent(pct) + ") above the " + band
                            + " band (" + source + "; ids: " + ids + ").");
        }
        // A single-figure "band" (low = high) can only be met, not sat inside.
        String where = low != null && high != null && low.compareTo(high) == 0 ? " matches the " + band + " figure (" : " is within the " + band + " band (";
        return new MarketPosition(measure, Verdict.WITHIN, value, low, high, rows, Money.zero(value.currency()),
                BigDecimal.ZERO, derived, what + where + source + "; ids: " + ids + ").");
    }

    static BigDecimal percentOf(Money part, Money whole) {
        if (whole.isZero()) {
            return BigDecimal.ZERO;
        }
        return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 2, RoundingMode.HALF_UP);
    }
}
