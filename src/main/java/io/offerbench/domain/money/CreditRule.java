package io.offerbench.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A non-refundable tax credit as Canada and its provinces grant it: the {@code rate} (the lowest
 * bracket's) times a sum of amounts, some fixed (the basic personal amount, the Canada employment
 * amount) and some the contributions the wage earner paid (CPP base contributions, EI premiums),
 * named by the table id or part of the same place. An amount may shrink linearly with income between
 * two bounds, as the federal basic personal amount does between the fourth and fifth brackets.
 *
 * @param rate          the credit rate, a fraction
 * @param amounts       the fixed amounts
 * @param contributions table ids or parts of the same place whose amounts are added to the credit's base
 */
public record CreditRule(BigDecimal rate, List<Amount> amounts, List<String> contributions) {

    /**
     * One fixed amount: {@code full} up to {@code reducedFrom} of income, falling linearly to
     * {@code reducedTo} at {@code reducedUntil} and staying there (no reduction when reducedTo is null).
     */
    public record Amount(String name, BigDecimal full, BigDecimal reducedTo, BigDecimal reducedFrom, BigDecimal reducedUntil) {

        public Amount {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(full, "full");
            if (full.signum() < 0) {
                throw new IllegalArgumentException("credit amount " + name + " < 0: " + full);
            }
            if (reducedTo != null) {
                if (reducedFrom == null || reducedUntil == null || reducedUntil.compareTo(reducedFrom) <= 0
                        || reducedTo.signum() < 0 || reducedTo.compareTo(full) > 0) {
                    throw new IllegalArgumentException("credit amount " + name + ": needs reduced_from < reduced_until, 0 <= reduced_to <= full");
                }
            }
        }

        /** The amount at {@code income}. */
        public BigDecimal at(BigDecimal income) {
            if (reducedTo == null || income.compareTo(reducedFrom) <= 0) {
                return full;
            }
            if (income.compareTo(reducedUntil) >= 0) {
                return reducedTo;
            }
            BigDecimal share = income.subtract(reducedFrom).divide(reducedUntil.subtract(reducedFrom), 10, RoundingMode.HALF_EVEN);
            return full.subtract(full.subtract(reducedTo).multiply(share));
        }
    }

    public CreditRule {
        Objects.requireNonNull(rate, "rate");
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("credit rate outside [0, 1): " + rate);
        }
    }
}
