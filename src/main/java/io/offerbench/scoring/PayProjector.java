package io.offerbench.scoring;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an offer into a {@link PayProjection}. Amounts are computed in the offer's currency, then
 * converted through the user's currency table (each component rounded to the cent); when after-tax or
 * cost-of-living estimates are on, {@link Estimates} then turns that gross projection into the one scored.
 */
public final class PayProjector {

    static final int MIN_AVERAGING_YEARS = 4;
    static final int MIN_CHART_YEARS = 5;
    private static final BigDecimal NINE = BigDecimal.valueOf(9);

    private PayProjector() {
    }

    /** The projection with the context's cost-of-living and tax estimates applied (when switched on). */
    public static PayProjection project(Offer offer, ScoringContext ctx) {
        return Estimates.apply(projectNominal(offer, ctx), offer, ctx);
    }

    /** Gross, unadjusted pay: what market figures are compared with, since they are gross too. */
    public static PayProjection projectNominal(Offer offer, ScoringContext ctx) {
        CurrencyConversion conversion = CurrencyConversion.between(ctx.currencies(), offer.currency(), ctx.homeCurrency());
        Compensation pay = offer.pay();
        EquityGrant equity = offer.equity();
        List<Reason> notes = new ArrayList<>();
        BigDecimal base = annualSalary(offer, notes);
        BigDecimal bonus = pay.annualBonus();
        BigDecimal multiplier = equityMultiplier(equity, ctx);
        Reason equityNote = equityNote(equity, ctx, multiplier);

        int vestingYears = equity.vesting().years();
        int averagingYears = Math.max(vestingYears, MIN_AVERAGING_YEARS);
        int horizon = Math.max(Math.max(Math.max(averagingYears, MIN_CHART_YEARS), pay.signOnYears()), ctx.tenureYears());
        List<BigDecimal> grantFractions = EquityVesting.initialGrantFractions(equity.vesting(), horizon);
        BigDecimal signOnPerYear = pay.signOnBonus().divide(BigDecimal.valueOf(pay.signOnYears()), MathContext.DECIMAL64);

        Converter money = new Converter(offer, ctx);
        // The amounts that are the same every year are converted once (Money is a value: sharing it changes nothing).
        Money baseMoney = money.of(base);
        Money bonusMoney = money.of(bonus);
        Money signOnMoney = money.of(signOnPerYear);
        Money none = money.of(BigDecimal.ZERO);
        Money relocation = money.of(pay.relocation());
        List<YearPay> years = new ArrayList<>();
        for (int y = 1; y <= horizon; y++) {
            BigDecimal equityValue = equity.grantValue().multiply(grantFractions.get(y - 1))
                    .add(equity.annualRefresher().multiply(EquityVesting.refresherFraction(vestingYears, y)))
                    .multiply(multiplier);
            years.add(new YearPay(y, baseMoney, bonusMoney, y <= pay.signOnYears() ? signOnMoney : none, money.of(equityValue),
                    y == 1 ? relocation : none));
        }
        Money sum = years.subList(0, averagingYears).stream().map(YearPay::total).reduce(money.zero(), Money::plus);
        Money steady = baseMoney.plus(bonusMoney).plus(money.of(equity.annualRefresher().multiply(multiplier)));
        AcademicTerms academic = offer.academic();
        return new PayProjection(ctx.homeCurrency(), conversion, years, averagingYears, years.get(0).total(),
                sum.dividedBy(BigDecimal.valueOf(averagingYears)), steady, relocation,
                money.of(offer.isAcademic() ? academic.startupPackage() : BigDecimal.ZERO),
                academic.startupYears(), multiplier, equityNote, notes, MoneyEstimate.none(), ctx.tenureYears());
    }

    /**
     * Academic offers quote a 9-month salary; summer months add ninths on top, but only the guaranteed
     * ones count as pay: grant-funded summer salary depends on grants not yet won, so it is shown apart.
     */
    static BigDecimal annualSalary(Offer offer, List<Reason> notes) {
        AcademicTerms academic = offer.academic();
        if (academic.nineMonthSalary() == null) {
            return offer.pay().baseSalary();
        }
        return academic.nineMonthSalary().multiply(BigDecimal.valueOf(9L + academic.guaranteedSummerMonths()))
                .divide(NINE, 2, RoundingMode.HALF_EVEN);
    }

    /** The grant-funded summer salary a year, in the offer's currency: not counted as pay. */
    public static BigDecimal grantFundedSummerSalary(AcademicTerms academic) {
        if (academic.nineMonthSalary() == null || academic.grantFundedSummerMonths() == 0) {
            return BigDecimal.ZERO;
        }
        return academic.nineMonthSalary().multiply(BigDecimal.valueOf(academic.grantFundedSummerMonths()))
                .divide(NINE, 2, RoundingMode.HALF_EVEN);
    }

    /**
     * How the yearly salary was derived, as facts: for a 9-month academic salary, the guaranteed summer
     * months counted, and the grant-funded ones shown as such.
     */
    public static List<Reason> salaryReasons(Offer offer) {
        AcademicTerms academic = offer.academic();
        if (academic.nineMonthSalary() == null) {
            return List.of();
        }
        List<Reason> out = new ArrayList<>();
        out.add(Reason.of("pay.nineMonth", new Money(academic.nineMonthSalary(), offer.currency()), academic.guaranteedSummerMonths()));
        if (academic.grantFundedSummerMonths() > 0) {
            out.add(Reason.of("pay.grantFundedSummer", academic.grantFundedSummerMonths(),
                    new Money(grantFundedSummerSalary(academic), offer.currency())));
        }
        return out;
    }

    static BigDecimal equityMultiplier(EquityGrant equity, ScoringContext ctx) {
        // Each offer's own multipliers, else its company stage's; the global ones only for a stage not given.
        return equity.type() == EquityType.PRIVATE_EQUITY ? equity.liquidity(ctx.liquidity()).multiplier(ctx.liquidityScenario())
                : BigDecimal.ONE;
    }

    /** How equity was valued: none, public RSUs at face value, or private stock at the scenario's multiplier. */
    private static Reason equityNote(EquityGrant equity, ScoringContext ctx, BigDecimal multiplier) {
        if (equity.isEmpty()) {
            return Reason.of("none");
        }
        if (equity.type() == EquityType.PUBLIC_RSU) {
            return Reason.of("publicRsu");
        }
        return Reason.of("private", multiplier, ctx.liquidityScenario());
    }

    /** Offer-currency amount to home-currency Money, to the cent. */
    private record Converter(Offer offer, ScoringContext ctx) {
        Money of(BigDecimal amount) {
            Money converted = ctx.currencies().convert(new Money(amount, offer.currency()), ctx.homeCurrency());
            // Same-currency "conversion" returns the amount as is, so round here to keep every component to the cent.
            return new Money(converted.amount().setScale(2, RoundingMode.HALF_EVEN), converted.currency());
        }

        Money zero() {
            return Money.zero(ctx.homeCurrency());
        }
    }
}
