package io.offerbench.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in an explicit ISO 4217 currency. Never a {@code double}: offers are compared to the
 * cent and converted only through {@link CurrencyTable}, which says which rate it used.
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = normalise(amount);
    }

    /** At least two decimals, no trailing zeros beyond them, so equal amounts are equal records. */
    private static BigDecimal normalise(BigDecimal amount) {
        // At two decimals or fewer, stripping then padding to two gives the amount at two decimals: skip the strip.
        if (amount.scale() == 2) {
            return amount;
        }
        if (amount.scale() < 2) {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), CurrencyCode.of(currency));
    }

    public static Money of(BigDecimal amount, CurrencyCode currency) {
        return new Money(amount, currency);
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Multiplies by a factor (a percentage share, a multiplier); the result keeps cent precision. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(2, RoundingMode.HALF_EVEN), currency);
    }

    public Money dividedBy(BigDecimal divisor) {
        return new Money(amount.divide(divisor, 2, RoundingMode.HALF_EVEN), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency + " and " + other.currency + " without a conversion");
        }
    }

    @Override
    public String toString() {
        return currency.code() + " " + amount.toPlainString();
    }
}
