package io.offerbench.scoring;

import io.offerbench.domain.Money;

/**
 * One year of an offer's pay in the home currency, split the way a stacked bar chart shows it.
 * Relocation is a one-off kept apart from {@link #total()} so that it never inflates comparisons
 * with yearly market figures; it still counts in cumulative totals.
 */
public record YearPay(int year, Money base, Money bonus, Money signOn, Money equity, Money relocation) {

    /** Base + bonus + sign-on + equity: the year's pay as a market figure would count it. */
    public Money total() {
        return base.plus(bonus).plus(signOn).plus(equity);
    }

    /** Everything received this year, relocation included. */
    public Money totalWithOneOffs() {
        return total().plus(relocation);
    }
}
