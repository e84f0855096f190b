package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.Region;
import io.offerbench.domain.Segment;
import io.offerbench.scoring.MarketPosition.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Places an offer's nominal pay against the typical rows of its own segment, seniority and region
 * (rows with no seniority count for any). Nothing else gives a verdict: not the market as a whole, not
 * the top of the market, not one company's offers, not a band derived by dividing one of those by a
 * ratio. Where there is no typical row the verdict is NO_BENCHMARK ("no typical figure") and the
 * top-of-market and company-specific rows of the same scope are returned as context.
 */
public final class MarketAnalyzer {

    private MarketAnalyzer() {
    }

    /** Year-1 total always; base and sign-on when a typical or context row exists for them. */
    public static List<MarketPosition> positions(Offer offer, PayProjection nominal, ScoringContext ctx) {
        return positions(offer, nominal, new BenchmarkSelector(ctx));
    }

    /** As {@link #positions(Offer, PayProjection, ScoringContext)}, with rows chosen by {@code select} (shared by many offers). */
    static List<MarketPosition> positions(Offer offer, PayProjection nominal, BenchmarkSelector select) {
        MarketScope scope = scope(offer);
        List<MarketPosition> out = new ArrayList<>();
        out.add(position(PayMeasure.TOTAL, nominal.year1Total(), scope, select));
        MarketPosition base = position(PayMeasure.BASE, nominal.year1Base(), scope, select);
        if (base.hasTypicalFigure() || !base.context().isEmpty()) {
            out.add(base);
        }
        MarketPosition signOn = position(PayMeasure.SIGN_ON, nominal.signOnTotal(), scope, select);
        if (signOn.hasTypicalFigure() || !signOn.context().isEmpty()) {
            out.add(signOn);
        }
        return out;
    }

    public static MarketScope scope(Offer offer) {
        return new MarketScope(Segment.of(offer), offer.seniority(), Region.ofCountry(offer.location().country()),
                offer.location().country());
    }

    /** The headline position: the first with a typical figure other than sign-on, else the year-1 total. */
    public static MarketPosition primary(List<MarketPosition> positions) {
        return positions.stream().filter(p -> p.measure() != PayMeasure.SIGN_ON && p.hasTypicalFigure())
                .findFirst().orElse(positions.get(0));
    }

    static MarketPosition position(PayMeasure measure, Money value, MarketScope scope, BenchmarkSelector select) {
        List<MarketContext> context = select.contextRows(measure, scope).stream().map(b -> context(b, value, select)).toList();
        List<Benchmark> typical = select.typicalRows(measure, scope);
        if (typical.isEmpty()) {
            return new MarketPosition(measure, Verdict.NO_BENCHMARK, value, null, null, List.of(), null, null, false, scope, context);
        }
        List<BandRow> bandRows = select.typicalBands(measure, scope);
        Money low = bandRows.stream().map(BandRow::low).reduce(null, MarketAnalyzer::min);
        Money high = bandRows.stream().map(BandRow::high).reduce(null, MarketAnalyzer::max);
        if (low != null && value.compareTo(low) < 0) {
            Money gap = low.minus(value);
            return new MarketPosition(measure, Verdict.BELOW, value, low, high, bandRows, gap, percentOf(gap, low), false, scope, context);
        }
        if (high != null && value.compareTo(high) > 0) {
            Money gap = value.minus(high);
            return new MarketPosition(measure, Verdict.ABOVE, value, low, high, bandRows, gap, percentOf(gap, high), false, scope, context);
        }
        return new MarketPosition(measure, Verdict.WITHIN, value, low, high, bandRows, Money.zero(value.currency()),
                BigDecimal.ZERO, false, scope, context);
    }

    private static MarketContext context(Benchmark b, Money value, BenchmarkSelector select) {
        BandRow row = select.contextBand(b);
        Money figure = row.high() != null ? row.high() : row.low();
        return new MarketContext(row, b.kind(), b.subject(), figure, percentOf(value, figure));
    }

    static BigDecimal percentOf(Money part, Money whole) {
        if (whole.isZero()) {
            return BigDecimal.ZERO;
        }
        return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 2, RoundingMode.HALF_UP);
    }

    static Money min(Money a, Money b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    static Money max(Money a, Money b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
