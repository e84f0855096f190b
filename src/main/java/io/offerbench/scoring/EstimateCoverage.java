package io.offerbench.scoring;

import io.offerbench.domain.Offer;
import java.util.ArrayList;
import java.util.List;

/**
 * All or nothing: an estimate is applied to a ranking only when every offer in it has a figure, so
 * no offer is compared after tax with another before tax. When some lack one, the estimate is
 * switched off for the whole ranking and the offers without a figure are named.
 *
 * @param afterTaxAsked   the user switched after-tax on
 * @param afterTaxApplied it is applied to every offer of the ranking
 * @param withoutTax      the offers that lack a tax table or rate (when asked), with their place
 */
public record EstimateCoverage(boolean afterTaxAsked, boolean afterTaxApplied, List<Gap> withoutTax,
        boolean costOfLivingAsked, boolean costOfLivingApplied, List<Gap> withoutCostOfLiving) {

    /** An offer without a figure, and the place it gives ("" when it gives none). */
    public record Gap(String offer, String place) {
    }

    /** The context a ranking is scored with, and what it did with the estimates asked for. */
    public record Decision(ScoringContext context, EstimateCoverage coverage) {
    }

    public EstimateCoverage {
        withoutTax = List.copyOf(withoutTax);
        withoutCostOfLiving = List.copyOf(withoutCostOfLiving);
    }

    public static EstimateCoverage none() {
        return new EstimateCoverage(false, false, List.of(), false, false, List.of());
    }

    public static Decision decide(List<Offer> offers, ScoringContext ctx) {
        List<Gap> noTax = new ArrayList<>();
        List<Gap> noCost = new ArrayList<>();
        for (Offer o : offers) {
            if (ctx.afterTax() && !AfterTaxEstimator.covers(o.location(), ctx)) {
                noTax.add(new Gap(o.label(), o.location().display()));
            }
            if (ctx.adjustCostOfLiving() && CostOfLivingFinder.find(o.location(), ctx).isEmpty()) {
                noCost.add(new Gap(o.label(), o.location().display()));
            }
        }
        boolean tax = ctx.afterTax() && noTax.isEmpty();
        boolean cost = ctx.adjustCostOfLiving() && noCost.isEmpty();
        EstimateCoverage coverage = new EstimateCoverage(ctx.afterTax(), tax, noTax, ctx.adjustCostOfLiving(), cost, noCost);
        ScoringContext effective = tax == ctx.afterTax() && cost == ctx.adjustCostOfLiving() ? ctx : ctx.withEstimates(cost, tax);
        return new Decision(effective, coverage);
    }

    /** True when an estimate was asked for but left off because some offer lacks a figure. */
    public boolean anyWithheld() {
        return (afterTaxAsked && !afterTaxApplied) || (costOfLivingAsked && !costOfLivingApplied);
    }
}
