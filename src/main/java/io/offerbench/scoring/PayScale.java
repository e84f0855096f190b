package io.offerbench.scoring;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Maps a yearly amount to the 0-100 pay score with no cap: score = 100 x pay / (pay + half-point).
 * Concave (each extra dollar counts a little less than the one before), strictly increasing (more pay
 * always scores more: a $1.5 million offer beats a $900,000 one), 0 at no pay, and below 100 at any
 * pay. The half-point, the pay that scores 50, is OfferBench's choice, not a document figure (none of
 * the documents' pay figures is typical): {@link #HALF_POINT_USD}, converted to the home currency.
 *
 * @param halfPoint    the yearly pay that scores 50, in the home currency
 * @param benchmarkIds the benchmark rows the scale rests on: none
 */
public record PayScale(Money halfPoint, List<String> benchmarkIds) {

    /** $300,000 a year scores 50; $100,000 scores 25, $900,000 75, $2.7 million 90. */
    public static final BigDecimal HALF_POINT_USD = BigDecimal.valueOf(300_000);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PayScale {
        benchmarkIds = List.copyOf(benchmarkIds);
    }

    public static PayScale from(ScoringContext ctx) {
        return new PayScale(ctx.currencies().convert(new Money(HALF_POINT_USD, CurrencyCode.USD), ctx.homeCurrency()), List.of());
    }

    /** The pay score of a yearly amount, 2 decimals, 0 <= score < 100. */
    public BigDecimal score(Money annual) {
        BigDecimal pay = annual.amount().max(BigDecimal.ZERO);
        BigDecimal s = HUNDRED.multiply(pay).divide(pay.add(halfPoint.amount()), MathContext.DECIMAL64);
        // Round down so that no finite pay reaches 100: the scale has no top.
        return s.setScale(2, RoundingMode.DOWN);
    }

    /** Always zero: the scale starts at no pay. */
    public Money floor() {
        return Money.zero(halfPoint.currency());
    }

    /** A reference high point, the pay that scores 90 (nine half-points); the scale goes on above it. */
    public Money top() {
        return halfPoint.times(BigDecimal.valueOf(9));
    }
}
