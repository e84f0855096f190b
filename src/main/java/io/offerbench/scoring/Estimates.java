package io.offerbench.scoring;

import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a gross projection into the one scoring uses when the after-tax or cost-of-living estimate is
 * switched on: each year's pay becomes its after-tax amount (progressive, so the share kept differs
 * year by year), then is divided by the place's price index / 100. The split between base, bonus,
 * sign-on and equity keeps each year's proportions, so the charts still show what the pay is made of.
 * Research money (an academic start-up package) is not personal income and is left as it is.
 */
public final class Estimates {

    private Estimates() {
    }

    public static PayProjection apply(PayProjection gross, Offer offer, ScoringContext ctx) {
        if (!ctx.afterTax() && !ctx.adjustCostOfLiving()) {
            return gross;
        }
        List<Reason> notes = new ArrayList<>(gross.notes());
        String place = offer.location().display();
        AfterTax tax = null;
        if (ctx.afterTax()) {
            Optional<AfterTax> found = AfterTaxEstimator.estimate(offer.location(), gross, ctx);
            tax = found.orElse(null);
            if (tax == null) {
                notes.add(place.isBlank() ? Reason.of("taxMissing.noPlace") : Reason.of("taxMissing", place));
            } else if (!tax.usesShippedTables()) {
                notes.add(Reason.of(tax.userRate().note().isBlank() ? "taxYours" : "taxYours.note",
                        tax.userRate().value(), tax.userRate().place(), tax.userRate().note()));
            }
        }
        CostOfLiving col = null;
        if (ctx.adjustCostOfLiving()) {
            col = CostOfLivingFinder.find(offer.location(), ctx).orElse(null);
            if (col == null) {
                notes.add(place.isBlank() ? Reason.of("costMissing.noPlace") : Reason.of("costMissing", place));
            } else if (col.user() != null) {
                notes.add(Reason.of(col.user().note().isBlank() ? "costYours" : "costYours.note", col.index(), col.place(),
                        col.user().note()));
            }
        }
        if (tax == null && col == null) {
            return copy(gross, gross.years(), gross.year1Total(), gross.annualAverage(), gross.steadyStateAnnual(),
                    gross.relocation(), notes, MoneyEstimate.none());
        }
        BigDecimal living = col == null ? BigDecimal.ONE : col.factor();
        List<YearPay> years = new ArrayList<>();
        for (int i = 0; i < gross.years().size(); i++) {
            YearPay y = gross.years().get(i);
            Money target = (tax == null ? y.total() : tax.netByYear().get(i)).times(living);
            years.add(scale(y, target, i == 0 ? relocationFactor(tax, living) : living));
        }
        Money steady = (tax == null ? gross.steadyStateAnnual() : tax.netSteady()).times(living);
        int n = gross.averagingYears();
        Money average = years.subList(0, n).stream().map(YearPay::total).reduce(Money.zero(gross.currency()), Money::plus)
                .dividedBy(BigDecimal.valueOf(n));
        MoneyEstimate estimate = new MoneyEstimate(tax, col, gross.year1Total(), gross.annualAverage(), gross.steadyStateAnnual());
        return copy(gross, years, years.get(0).total(), average, steady,
                gross.relocation().times(relocationFactor(tax, living)), notes, estimate);
    }

    /** Relocation is taxed like year 1's pay: it keeps year 1's after-tax share. */
    private static BigDecimal relocationFactor(AfterTax tax, BigDecimal living) {
        return (tax == null ? BigDecimal.ONE : tax.keptShareYear1()).multiply(living, MathContext.DECIMAL64);
    }

    /** The year's components scaled to add up to {@code target} exactly; cents left over by rounding go to base. */
    static YearPay scale(YearPay y, Money target, BigDecimal relocationFactor) {
        Money total = y.total();
        if (total.isZero()) {
            return new YearPay(y.year(), y.base(), y.bonus(), y.signOn(), y.equity(), y.relocation().times(relocationFactor));
        }
        BigDecimal f = target.amount().divide(total.amount(), MathContext.DECIMAL64);
        Money bonus = y.bonus().times(f);
        Money signOn = y.signOn().times(f);
        Money equity = y.equity().times(f);
        Money base = target.minus(bonus).minus(signOn).minus(equity);
        return new YearPay(y.year(), base, bonus, signOn, equity, y.relocation().times(relocationFactor));
    }

    private static PayProjection copy(PayProjection p, List<YearPay> years, Money year1, Money average, Money steady,
            Money relocation, List<Reason> notes, MoneyEstimate estimate) {
        return new PayProjection(p.currency(), p.conversion(), years, p.averagingYears(), year1, average, steady, relocation,
                p.researchFunding(), p.researchFundingYears(), p.equityMultiplier(), p.equityNote(), notes, estimate,
                p.tenureYears());
    }
}
