package io.offerbench.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An equity grant: its value at grant in the offer's currency, what kind of paper it is, how it vests,
 * and an estimate of the yearly refresher grants that follow (zero when unknown).
 */
public record EquityGrant(BigDecimal grantValue, EquityType type, VestingSchedule vesting, BigDecimal annualRefresher) {

    public EquityGrant {
        Objects.requireNonNull(grantValue, "grantValue");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(vesting, "vesting");
        annualRefresher = annualRefresher == null ? BigDecimal.ZERO : annualRefresher;
        if (grantValue.signum() < 0 || annualRefresher.signum() < 0) {
            throw new IllegalArgumentException("Equity amounts cannot be negative");
        }
    }

    public static EquityGrant none() {
        return new EquityGrant(BigDecimal.ZERO, EquityType.PUBLIC_RSU, VestingSchedule.even(4, 0), BigDecimal.ZERO);
    }

    public boolean isEmpty() {
        return grantValue.signum() == 0 && annualRefresher.signum() == 0;
    }
}
