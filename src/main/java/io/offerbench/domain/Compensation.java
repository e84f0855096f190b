package io.offerbench.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cash part of an offer, in the offer's currency. The annual bonus is either an amount or a
 * percentage of base (exactly one of the two, or neither); the sign-on bonus is paid in equal parts
 * over {@code signOnYears}.
 */
public record Compensation(
        BigDecimal baseSalary,
        BigDecimal bonusAmount,
        BigDecimal bonusPercentOfBase,
        BigDecimal signOnBonus,
        int signOnYears,
        BigDecimal relocation) {

    public Compensation {
        Objects.requireNonNull(baseSalary, "baseSalary");
        signOnBonus = signOnBonus == null ? BigDecimal.ZERO : signOnBonus;
        relocation = relocation == null ? BigDecimal.ZERO : relocation;
        if (baseSalary.signum() < 0) {
            throw Refusal.of("pay.baseNegative");
        }
        if (bonusAmount != null && bonusPercentOfBase != null) {
            throw Refusal.of("pay.bonusTwice");
        }
        if ((bonusAmount != null && bonusAmount.signum() < 0) || (bonusPercentOfBase != null && bonusPercentOfBase.signum() < 0)
                || signOnBonus.signum() < 0 || relocation.signum() < 0) {
            throw Refusal.of("pay.negative");
        }
        if (bonusPercentOfBase != null && bonusPercentOfBase.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw Refusal.of("pay.bonusPercent");
        }
        if (signOnYears < 1 || signOnYears > 10) {
            throw Refusal.of("pay.signOnYears");
        }
    }

    /** The pay its fields' values describe; see {@link OfferValues}. */
    static Compensation from(OfferValues v) {
        Bonus bonus = v.bonus(OfferField.ANNUAL_BONUS);
        return new Compensation(v.decimal(OfferField.BASE_SALARY), bonus.amount(), bonus.percentOfBase(),
                v.decimal(OfferField.SIGN_ON_BONUS), v.integerOr(OfferField.SIGN_ON_YEARS, 1), v.decimal(OfferField.RELOCATION));
    }

    public static Compensation ofBase(BigDecimal base) {
        return new Compensation(base, null, null, BigDecimal.ZERO, 1, BigDecimal.ZERO);
    }

    /** The target bonus as an amount, whichever way it was given. */
    public BigDecimal annualBonus() {
        if (bonusAmount != null) {
            return bonusAmount;
        }
        if (bonusPercentOfBase != null) {
            return baseSalary.multiply(bonusPercentOfBase).movePointLeft(2);
        }
        return BigDecimal.ZERO;
    }
}
