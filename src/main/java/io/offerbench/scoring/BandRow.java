package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Money;

/**
 * One benchmark row as it contributes to a market band, its own range kept visible and converted to the
 * home currency. {@code low} or {@code high} is null for "upwards of" / "under" figures and for rows
 * that are not money (a pay ratio).
 *
 * @param rangeText the row's range in words, e.g. "$500,000–$600,000", "upwards of $500,000", "2–5x"
 * @param role      how the row was used, e.g. "direct", "industry figure divided by the pay ratio"
 */
public record BandRow(String benchmarkId, String outlet, String published, Metric metric, Money low, Money high,
        String rangeText, String quote, String caveat, String role) {

    static BandRow money(Benchmark b, Money low, Money high, String role) {
        return new BandRow(b.id(), b.outlet(), b.published(), b.metric(), low, high, rangeText(low, high), b.quote(), b.caveat(), role);
    }

    static BandRow ratio(Benchmark b, String role) {
        String text = b.low().stripTrailingZeros().toPlainString() + "–" + b.high().stripTrailingZeros().toPlainString() + "x";
        return new BandRow(b.id(), b.outlet(), b.published(), b.metric(), null, null, text, b.quote(), b.caveat(), role);
    }

    /** "(Interconnects, 2023-10-11, id lambert-newgrad)": how a sentence cites this row. */
    public String citation() {
        String who = outlet.isBlank() ? "" : outlet + ", ";
        String when = published.isBlank() ? "" : published + ", ";
        return "(" + who + when + "id " + benchmarkId + ")";
    }

    static String rangeText(Money low, Money high) {
        if (low != null && high != null) {
            return low.compareTo(high) == 0 ? MoneyFormat.format(low) : MoneyFormat.format(low) + "–" + MoneyFormat.format(high);
        }
        if (low != null) {
            return "upwards of " + MoneyFormat.format(low);
        }
        return high == null ? "no figure" : "under " + MoneyFormat.format(high);
    }
}
