package io.offerbench.scoring;

import io.offerbench.domain.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where one part of an offer's pay sits against the market band its benchmarks give. The band is
 * [lowest low, highest high] of the rows used; each row's own range stays in {@code rows} so nothing
 * is averaged into a figure no document gave.
 *
 * @param offerValue  the offer's figure compared (nominal, before any cost-of-living or tax estimate)
 * @param bandLow     null when no row gives a lower end
 * @param bandHigh    null when no row gives an upper end ("upwards of")
 * @param gap         distance to the band edge crossed; zero when WITHIN, null when NO_BENCHMARK
 * @param gapPercent  gap as a percentage of the edge crossed; zero when WITHIN, null when NO_BENCHMARK
 * @param derived     true when the band is derived (academia: industry band divided by the pay ratio)
 */
public record MarketPosition(PayMeasure measure, Verdict verdict, Money offerValue, Money bandLow, Money bandHigh,
        List<BandRow> rows, Money gap, BigDecimal gapPercent, boolean derived, String explanation) {

    public enum Verdict { BELOW, WITHIN, ABOVE, NO_BENCHMARK }

    public MarketPosition {
        rows = List.copyOf(rows);
    }

    public List<String> benchmarkIds() {
        return rows.stream().map(BandRow::benchmarkId).toList();
    }

    public String bandText() {
        return BandRow.rangeText(bandLow, bandHigh);
    }

    /** The row whose lower end is the band's lower end: the figure a "below" sentence cites. */
    public BandRow lowestRow() {
        return rows.stream().filter(r -> r.low() != null && bandLow != null && r.low().compareTo(bandLow) == 0)
                .findFirst().orElse(rows.isEmpty() ? null : rows.get(0));
    }
}
