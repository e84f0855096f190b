package io.offerbench.scoring;

import io.offerbench.domain.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where one part of an offer's pay sits against the typical figures for its own segment, seniority and
 * region. Only rows of kind typical make a band; top-of-market and company-specific rows are context,
 * with the offer as a percentage of each, and never give a gap. The band is [lowest low, highest high]
 * of the typical rows; each row's own range stays in {@code rows} so nothing is averaged into a figure
 * no document gave. Facts only: the words live in the text layer.
 *
 * @param offerValue  the offer's figure compared (nominal, before any cost-of-living or tax estimate)
 * @param bandLow     null when no typical row gives a lower end
 * @param bandHigh    null when no typical row gives an upper end ("upwards of")
 * @param rows        the typical rows the verdict used (empty when NO_BENCHMARK)
 * @param gap         distance to the band edge crossed; zero when WITHIN, null when NO_BENCHMARK
 * @param gapPercent  gap as a percentage of the edge crossed; zero when WITHIN, null when NO_BENCHMARK
 * @param derived     always false now: no band is derived from non-typical rows any more (kept for readers)
 * @param scope       the market compared with
 * @param context     non-typical rows of the same measure and scope, shown beside the verdict
 */
public record MarketPosition(PayMeasure measure, Verdict verdict, Money offerValue, Money bandLow, Money bandHigh,
        List<BandRow> rows, Money gap, BigDecimal gapPercent, boolean derived, MarketScope scope,
        List<MarketContext> context) {

    /** NO_BENCHMARK: the documents (and the user's rows) give no typical figure for this scope. */
    public enum Verdict {
        BELOW("below"), WITHIN("within"), ABOVE("above"), NO_BENCHMARK("no_typical_figure");

        private final String code;

        Verdict(String code) {
            this.code = code;
        }

        /** The CLI JSON's "position". */
        public String code() {
            return code;
        }
    }

    public MarketPosition {
        rows = List.copyOf(rows);
        context = List.copyOf(context);
    }

    public List<String> benchmarkIds() {
        return rows.stream().map(BandRow::benchmarkId).toList();
    }

    public List<String> contextIds() {
        return context.stream().map(c -> c.row().benchmarkId()).toList();
    }

    public boolean hasTypicalFigure() {
        return verdict != Verdict.NO_BENCHMARK;
    }

    /** The row whose lower end is the band's lower end: the figure a "below" sentence cites. */
    public BandRow lowestRow() {
        return rows.stream().filter(r -> r.low() != null && bandLow != null && r.low().compareTo(bandLow) == 0)
                .findFirst().orElse(rows.isEmpty() ? null : rows.get(0));
    }
}
