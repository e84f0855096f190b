package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Money;

/**
 * One benchmark row as it contributes to a market band, its own range kept visible and converted to the
 * home currency. {@code low} or {@code high} is null for "upwards of" / "under" figures. Facts only: {@code text.MarketWords} writes the range and the citation.
 *
 * @param role      how the row was used: "typical" (it makes the band) or "context"
 */
public record BandRow(String benchmarkId, String outlet, String published, Metric metric, Money low, Money high,
        String quote, String caveat, String role) {

    static BandRow money(Benchmark b, Money low, Money high, String role) {
        return new BandRow(b.id(), b.outlet(), b.published(), b.metric(), low, high, b.quote(), b.caveat(), role);
    }
}
