package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Money;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents give no academic salary, only that industry research jobs paid "2-5x better
 * compensation" (Cho). So the expected academic range is derived: the industry new-grad PhD band
 * divided by the pay ratio, low end by the highest ratio and high end by the lowest (industry / 5 ...
 * industry / 2). The result is labelled as derived and names every row it used.
 */
final class AcademicBand {

    static final List<Segment> INDUSTRY = List.of(Segment.FRONTIER_LAB, Segment.BIG_TECH, Segment.AI_MARKET);

    private AcademicBand() {
    }

    record Derived(Money low, Money high, List<BandRow> rows, String how) {
    }

    static Optional<Derived> derive(BenchmarkSelector select) {
        List<Benchmark> industry = select.payRows(PayMeasure.TOTAL, INDUSTRY, Seniority.NEW_GRAD_PHD);
        List<Benchmark> ratios = select.payRatioRows();
        if (industry.isEmpty() || ratios.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal minRatio = ratios.stream().map(Benchmark::low).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal maxRatio = ratios.stream().map(Benchmark::high).max(BigDecimal::compareTo).orElseThrow();
        List<BandRow> rows = new ArrayList<>();
        Money industryLow = null;
        Money industryHigh = null;
        for (Benchmark b : industry) {
            BandRow row = select.bandRow(b, "industry new-grad PhD figure, divided by the pay ratio");
            rows.add(row);
            industryLow = min(industryLow, row.low());
            industryHigh = max(industryHigh, row.high());
        }
        ratios.forEach(r -> rows.add(BandRow.ratio(r, "industry-over-academia pay ratio")));
        Money low = industryLow == null ? null : industryLow.dividedBy(maxRatio);
        Money high = industryHigh == null ? null : industryHigh.dividedBy(minRatio);
        String how = "derived: industry new-grad PhD band " + BandRow.rangeText(industryLow, industryHigh) + " divided by the "
                + plain(minRatio) + "–" + plain(maxRatio) + "x industry/academia pay ratio";
        return Optional.of(new Derived(low, high, rows, how));
    }

    static Money min(Money a, Money b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    static Money max(Money a, Money b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
