package io.offerbench.scoring;

import io.offerbench.domain.Money;

/**
 * What was done to an offer's pay beyond converting currency: the after-tax estimate and the
 * cost-of-living index, each null when not applied. Kept with the projection so every screen, the
 * report and the command line show the same figures and where they came from.
 *
 * @param grossYear1   year-1 pay before any estimate
 * @param grossAverage average annual pay before any estimate
 * @param grossSteady  steady-state pay before any estimate
 */
public record MoneyEstimate(AfterTax afterTax, CostOfLiving costOfLiving, Money grossYear1, Money grossAverage, Money grossSteady) {

    public static MoneyEstimate none() {
        return new MoneyEstimate(null, null, null, null, null);
    }

    public boolean applied() {
        return afterTax != null || costOfLiving != null;
    }
}
