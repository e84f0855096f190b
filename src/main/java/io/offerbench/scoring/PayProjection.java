package io.offerbench.scoring;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An offer's pay year by year in the home currency, with the figures derived from it.
 *
 * @param currency             the home currency every amount is in
 * @param conversion           the exchange rate used
 * @param years                years 1..horizon (horizon = max(averaging years, 5, sign-on years))
 * @param averagingYears       the vesting period the annual average runs over: max(vesting years, 4)
 * @param year1Total           year 1 base + bonus + sign-on + equity (relocation excluded)
 * @param annualAverage        mean of {@link YearPay#total()} over years 1..averagingYears
 * @param steadyStateAnnual    base + bonus + one full year of refreshers: pay once sign-on and the
 *                             initial grant are over
 * @param relocation           the one-off relocation payment (also in year 1 of {@code years})
 * @param researchFunding      an academic start-up package: research money, not personal income
 * @param researchFundingYears years the start-up package is spent over
 * @param equityMultiplier     what grant value was multiplied by (1 for public RSUs)
 * @param equityNote           how equity was valued, as a fact ({@code pay.equity.*} in the bundles)
 * @param notes                estimates applied or refused, and the like, as facts ({@code pay.note.*})
 * @param estimate             the after-tax and cost-of-living estimates applied to every amount above,
 *                             with the gross figures they started from; {@link MoneyEstimate#none()} for gross pay
 * @param tenureYears          the years the student expects to stay; the pay criterion scores
 *                             {@link #tenureAverage()}, what those years actually pay out
 */
public record PayProjection(
        CurrencyCode currency,
        CurrencyConversion conversion,
        List<YearPay> years,
        int averagingYears,
        Money year1Total,
        Money annualAverage,
        Money steadyStateAnnual,
        Money relocation,
        Money researchFunding,
        int researchFundingYears,
        java.math.BigDecimal equityMultiplier,
        Reason equityNote,
        List<Reason> notes,
        MoneyEstimate estimate,
        int tenureYears) {

    /** The tenures the Ranking and Compare views and the CLI show side by side. */
    public static final List<Integer> SHOWN_TENURES = List.of(1, 2, 4);

    public PayProjection {
        years = List.copyOf(years);
        notes = List.copyOf(notes);
        estimate = estimate == null ? MoneyEstimate.none() : estimate;
        if (tenureYears < 1 || tenureYears > years.size()) {
            throw new IllegalArgumentException("Tenure " + tenureYears + " is outside the projection's " + years.size() + " years"); // not user text: ScoringContext refuses a tenure out of range before any projection is made
        }
    }

    /** With the default tenure. */
    public PayProjection(CurrencyCode currency, CurrencyConversion conversion, List<YearPay> years, int averagingYears,
            Money year1Total, Money annualAverage, Money steadyStateAnnual, Money relocation, Money researchFunding,
            int researchFundingYears, java.math.BigDecimal equityMultiplier, Reason equityNote, List<Reason> notes,
            MoneyEstimate estimate) {
        this(currency, conversion, years, averagingYears, year1Total, annualAverage, steadyStateAnnual, relocation,
                researchFunding, researchFundingYears, equityMultiplier, equityNote, notes, estimate,
                ScoringContext.DEFAULT_TENURE_YEARS);
    }

    /**
     * What the first {@code n} years pay if the student leaves after them: base, bonus, the sign-on
     * instalments of those years and only the equity vested by then (nothing before the cliff).
     * Relocation is left out, as in every market comparison.
     */
    public Money valueOver(int n) {
        Objects.checkIndex(n - 1, years.size()); // a caller's mistake: the years shown are always within the projection
        return years.subList(0, n).stream().map(YearPay::total).reduce(Money.zero(currency), Money::plus);
    }

    /** {@link #valueOver} the chosen tenure, per year: what the pay criterion scores. */
    public Money tenureAverage() {
        return valueOver(tenureYears).dividedBy(java.math.BigDecimal.valueOf(tenureYears));
    }

    /** Value over 1, 2 and 4 years, in that order. */
    public java.util.Map<Integer, Money> valueByTenure() {
        java.util.Map<Integer, Money> out = new java.util.LinkedHashMap<>();
        SHOWN_TENURES.forEach(n -> out.put(n, valueOver(n)));
        return out;
    }

    /** Gross pay: no estimate applied. */
    public PayProjection(CurrencyCode currency, CurrencyConversion conversion, List<YearPay> years, int averagingYears,
            Money year1Total, Money annualAverage, Money steadyStateAnnual, Money relocation, Money researchFunding,
            int researchFundingYears, java.math.BigDecimal equityMultiplier, Reason equityNote, List<Reason> notes) {
        this(currency, conversion, years, averagingYears, year1Total, annualAverage, steadyStateAnnual, relocation,
                researchFunding, researchFundingYears, equityMultiplier, equityNote, notes, MoneyEstimate.none());
    }

    public Money year1Base() {
        return years.get(0).base();
    }

    /** Total sign-on over all years. */
    public Money signOnTotal() {
        return years.stream().map(YearPay::signOn).reduce(Money.zero(currency), Money::plus);
    }

    /** Running totals (relocation included) for years 1..horizon: the cumulative chart's line. */
    public List<Money> cumulative() {
        List<Money> out = new ArrayList<>();
        Money sum = Money.zero(currency);
        for (YearPay y : years) {
            sum = sum.plus(y.totalWithOneOffs());
            out.add(sum);
        }
        return out;
    }

    /** Everything received over the first {@code n} years, relocation included. */
    public Money cumulativeTotal(int n) {
        Objects.checkIndex(n - 1, years.size());
        return cumulative().get(n - 1);
    }
}
