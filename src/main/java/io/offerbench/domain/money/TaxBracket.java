package io.offerbench.domain.money;

import io.offerbench.domain.Refusal;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a progressive schedule: {@code rate} applies to the part of the base above {@code from}
 * (up to where the next bracket starts). A rate of 0 after a positive one ends a capped contribution.
 */
public record TaxBracket(BigDecimal from, BigDecimal rate) {

    public TaxBracket {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
        if (from.signum() < 0) {
            throw Refusal.of("money.bracketBelowZero", from.toPlainString());
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw Refusal.of("money.bracketRate", rate.toPlainString());
        }
    }
}
