package io.offerbench.scoring.negotiation;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Coded;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.Offer;
import java.math.BigDecimal;
import java.util.List;

/**
 * One part of an offer a student can ask to be raised, on its own. Each raise is in the offer's own
 * currency and touches nothing else: a bonus given as a percentage of base grows with base, as it would.
 */
public enum Lever implements Coded {
    /** Yearly base salary; for a US academic offer with a 9-month salary, that salary. */
    BASE_SALARY("base_salary"),
    /** The whole sign-on bonus, still paid over the offer's sign-on years. */
    SIGN_ON_BONUS("sign_on_bonus"),
    /** The initial equity grant's value at grant, vesting as the offer says. */
    EQUITY_GRANT("equity_total"),
    /** An academic start-up package (research money, which lifts compute, not pay). */
    STARTUP_PACKAGE("startup_package");

    private final String code;

    Lever(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The levers that make sense for an offer: the start-up package only for academia. */
    public static List<Lever> of(Offer offer) {
        return offer.isAcademic() ? List.of(BASE_SALARY, SIGN_ON_BONUS, EQUITY_GRANT, STARTUP_PACKAGE)
                : List.of(BASE_SALARY, SIGN_ON_BONUS, EQUITY_GRANT);
    }

    /** What the offer has of this part now (offer currency; 0 when it has none). */
    public BigDecimal current(Offer offer) {
        BigDecimal v = switch (this) {
            case BASE_SALARY -> offer.academic().nineMonthSalary() != null ? offer.academic().nineMonthSalary() : offer.pay().baseSalary();
            case SIGN_ON_BONUS -> offer.pay().signOnBonus();
            case EQUITY_GRANT -> offer.equity().grantValue();
            case STARTUP_PACKAGE -> offer.academic().startupPackage();
        };
        return v == null ? BigDecimal.ZERO : v;
    }

    /** The offer with this part raised by {@code by} (offer currency, not negative). */
    public Offer raise(Offer offer, BigDecimal by) {
        Compensation p = offer.pay();
        AcademicTerms a = offer.academic();
        EquityGrant e = offer.equity();
        return switch (this) {
            case BASE_SALARY -> a.nineMonthSalary() != null
                    ? offer.toBuilder().academic(new AcademicTerms(a.nineMonthSalary().add(by), a.summerMonths(), a.startupPackage(),
                            a.startupYears(), a.teachingCoursesPerYear(), a.guaranteedSummerMonths())).build()
                    : offer.toBuilder().pay(new Compensation(p.baseSalary().add(by), p.bonusAmount(), p.bonusPercentOfBase(),
                            p.signOnBonus(), p.signOnYears(), p.relocation())).build();
            case SIGN_ON_BONUS -> offer.toBuilder().pay(new Compensation(p.baseSalary(), p.bonusAmount(), p.bonusPercentOfBase(),
                    p.signOnBonus().add(by), p.signOnYears(), p.relocation())).build();
            case EQUITY_GRANT -> offer.toBuilder().equity(new EquityGrant(e.grantValue().add(by), e.type(), e.vesting(),
                    e.annualRefresher(), e.stage(), e.multipliers())).build();
            case STARTUP_PACKAGE -> offer.toBuilder().academic(new AcademicTerms(a.nineMonthSalary(), a.summerMonths(),
                    a.startupPackage().add(by), a.startupYears(), a.teachingCoursesPerYear(), a.guaranteedSummerMonths())).build();
        };
    }
}
