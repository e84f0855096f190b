package io.offerbench.domain;

import java.math.BigDecimal;

/**
 * The annual bonus as given: an amount ("30k") or a percentage of base ("15%"); both null when not given.
 * The value {@link OfferField#ANNUAL_BONUS} holds in {@link OfferValues}.
 */
public record Bonus(BigDecimal amount, BigDecimal percentOfBase) {

    public static Bonus none() {
        return new Bonus(null, null);
    }

    public static Bonus of(Compensation pay) {
        return new Bonus(pay.bonusAmount(), pay.bonusPercentOfBase());
    }

    public boolean isNone() {
        return amount == null && percentOfBase == null;
    }
}
