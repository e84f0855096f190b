package io.offerbench.domain.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A "tax-benefit recapture" as New York State levies it (Tax Law section 601(d); the IT-201
 * instructions' tax computation worksheets): above {@code fromIncome} of income, the benefit of the
 * lower brackets is taken back, so that the whole taxable income is eventually taxed at the rate of
 * the bracket it reaches. The published amounts are data: for taxable income from each step's
 * {@code from}, the tax gains the step's {@code base} (the benefit already taken back) plus its
 * {@code incremental} benefit times the share of the {@code phaseIn} that income has passed beyond
 * the larger of {@code fromIncome} and the step's {@code from}. Above {@code flatAbove} of income the
 * whole taxable income is taxed at the top rate.
 *
 * @param fromIncome income (New York adjusted gross income; wages here) above which it applies
 * @param phaseIn    the width of income over which each step's incremental benefit is taken back
 * @param steps      ascending by {@code from}, the first from 0
 * @param flatAbove  income above which the top rate applies to all of taxable income (null: never)
 */
public record Recapture(BigDecimal fromIncome, BigDecimal phaseIn, List<Step> steps, BigDecimal flatAbove) {

    /** From taxable income {@code from}: the benefit already recaptured and the next one phased in. */
    public record Step(BigDecimal from, BigDecimal base, BigDecimal incremental) {

        public Step {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(incremental, "incremental");
            if (from.signum() < 0 || base.signum() < 0 || incremental.signum() < 0) {
                throw new IllegalArgumentException("Recapture.Step: negative amount (from, base, incremental >= 0)");
            }
        }
    }

    public Recapture {
        Objects.requireNonNull(fromIncome, "fromIncome");
        Objects.requireNonNull(phaseIn, "phaseIn");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (phaseIn.signum() <= 0) {
            throw new IllegalArgumentException("Recapture.phaseIn <= 0: " + phaseIn);
        }
        if (steps.isEmpty() || steps.get(0).from().signum() != 0) {
            throw new IllegalArgumentException("Recapture.steps[0].from != 0");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).from().compareTo(steps.get(i - 1).from()) <= 0) {
                throw new IllegalArgumentException("Recapture.steps: " + steps.get(i).from() + " <= " + steps.get(i - 1).from());
            }
        }
    }
}
