package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Money;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Maps an annual amount to the 0-100 pay score on a log scale, so a raise of 10% counts the same
 * at any level: score = 100 x ln(pay / floor) / ln(top / floor), clamped to 0..100.
 *
 * <p>Anchors come from the benchmarks: {@code top} is the highest yearly pay figure for new-grad PhDs
 * (or any seniority) in any segment (the "$850k for the absolute best" figure in the seeded data);
 * {@code floor} is half the lowest such figure, the derived academic low end included, so that an
 * offer at the lowest documented figure still scores above zero and lower offers stay distinguishable.
 * With no pay benchmarks the anchors fall back to the constants below, which are the same documents'
 * figures entered by hand.
 */
public record PayScale(Money floor, Money top, List<String> benchmarkIds, String explanation) {

    static final BigDecimal FALLBACK_FLOOR_USD = BigDecimal.valueOf(50_000);
    static final BigDecimal FALLBACK_TOP_USD = BigDecimal.valueOf(850_000);

    public PayScale {
        benchmarkIds = List.copyOf(benchmarkIds);
    }

    public static PayScale from(ScoringContext ctx) {
        BenchmarkSelector select = new BenchmarkSelector(ctx);
        List<Benchmark> rows = new ArrayList<>();
        for (PayMeasure m : List.of(PayMeasure.TOTAL, PayMeasure.BASE)) {
            rows.addAll(select.payRows(m, Arrays.asList(Segment.values()), Seniority.NEW_GRAD_PHD));
        }
        if (rows.isEmpty()) {
            CurrencyCode home = ctx.homeCurrency();
            Money floor = ctx.currencies().convert(new Money(FALLBACK_FLOOR_USD, CurrencyCode.USD), home);
            Money top = ctx.currencies().convert(new Money(FALLBACK_TOP_USD, CurrencyCode.USD), home);
            return new PayScale(floor, top, List.of(), "No pay benchmarks visible: 0 points at " + MoneyFormat.format(floor)
                    + " and 100 at " + MoneyFormat.format(top) + " (OfferBench constants: $850,000 is the new-grad"
                    + " \"absolute best\" figure, Interconnects 2023-10-11), on a log scale.");
        }
        Money lowest = null;
        Money highest = null;
        Benchmark lowestRow = null;
        Benchmark highestRow = null;
        for (Benchmark b : rows) {
            for (Money m : new Money[] {select.low(b), select.high(b)}) {
                if (m != null && (lowest == null || m.compareTo(lowest) < 0)) {
                    lowest = m;
                    lowestRow = b;
                }
                if (m != null && (highest == null || m.compareTo(highest) > 0)) {
                    highest = m;
                    highestRow = b;
                }
            }
        }
        List<String> ids = new ArrayList<>(List.of(highestRow.id()));
        String lowSource = "id " + lowestRow.id();
        Optional<AcademicBand.Derived> academic = AcademicBand.derive(select);
        if (academic.isPresent() && academic.get().low() != null && academic.get().low().compareTo(lowest) < 0) {
            lowest = academic.get().low();
            lowSource = "the " + academic.get().how();
            academic.get().rows().forEach(r -> ids.add(r.benchmarkId()));
        } else {
            ids.add(lowestRow.id());
        }
        Money floor = lowest.dividedBy(BigDecimal.valueOf(2));
        return new PayScale(floor, highest, ids.stream().distinct().toList(), "Log scale: 100 points at "
                + MoneyFormat.format(highest) + " (highest new-grad PhD figure, id " + highestRow.id() + "), 0 points at "
                + MoneyFormat.format(floor) + " (half the lowest figure, " + MoneyFormat.format(lowest) + " from " + lowSource + ").");
    }

    /** The pay score of an annual amount, 2 decimals. */
    public BigDecimal score(Money annual) {
        if (annual.compareTo(floor) <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (annual.compareTo(top) >= 0) {
            return BigDecimal.valueOf(100).setScale(2);
        }
        double s = 100 * Math.log(annual.amount().doubleValue() / floor.amount().doubleValue())
                / Math.log(top.amount().doubleValue() / floor.amount().doubleValue());
        return BigDecimal.valueOf(s).setScale(2, RoundingMode.HALF_UP);
    }
}
