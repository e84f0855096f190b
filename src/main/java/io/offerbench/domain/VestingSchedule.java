package io.offerbench.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How an equity grant vests: the share of the grant that vests in each year (summing to 100) and an
 * optional cliff in months before which nothing vests. "Even over 4 years" is {25, 25, 25, 25}; a
 * front-loaded grant might be {33, 33, 22, 12}, a back-loaded one {5, 15, 40, 40}.
 */
public record VestingSchedule(List<BigDecimal> yearlyPercents, int cliffMonths) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** What separates the shares of a written schedule (compiled once: a long offer list parses one per offer). */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[/,;\\s]+");

    public VestingSchedule {
        Objects.requireNonNull(yearlyPercents, "yearlyPercents");
        if (yearlyPercents.isEmpty() || yearlyPercents.size() > 10) {
            throw Refusal.of("vesting.years");
        }
        for (BigDecimal p : yearlyPercents) {
            if (p == null || p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
                throw Refusal.of("vesting.share");
            }
        }
        BigDecimal sum = yearlyPercents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(HUNDRED).abs().compareTo(BigDecimal.ONE) > 0) {
            throw Refusal.of("vesting.sum", sum.stripTrailingZeros().toPlainString());
        }
        if (cliffMonths < 0 || cliffMonths > 12 * yearlyPercents.size()) {
            throw Refusal.of("vesting.cliff", 12 * yearlyPercents.size());
        }
        yearlyPercents = List.copyOf(yearlyPercents);
    }

    /** Equal shares over the given years, the last year taking any rounding remainder. */
    public static VestingSchedule even(int years, int cliffMonths) {
        if (years < 1 || years > 10) {
            throw Refusal.of("vesting.years");
        }
        BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(years), 4, RoundingMode.DOWN);
        List<BigDecimal> shares = new ArrayList<>(Collections.nCopies(years - 1, share));
        shares.add(HUNDRED.subtract(share.multiply(BigDecimal.valueOf(years - 1))));
        return new VestingSchedule(shares, cliffMonths);
    }

    /**
     * Parses a schedule as people write it: "even", or per-year percentages separated by '/', ',' or
     * spaces, such as "5/15/40/40" or "33/33/22/12".
     */
    public static VestingSchedule parse(String text, int years, int cliffMonths) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("even")) {
            return even(years, cliffMonths);
        }
        List<BigDecimal> shares = new ArrayList<>();
        for (String part : SEPARATORS.split(t)) {
            String p = part.endsWith("%") ? part.substring(0, part.length() - 1) : part;
            try {
                shares.add(new BigDecimal(p));
            } catch (NumberFormatException e) {
                throw Refusal.of("vesting.schedule", text);
            }
        }
        return new VestingSchedule(shares, cliffMonths);
    }

    public int years() {
        return yearlyPercents.size();
    }

    public boolean isEven() {
        BigDecimal first = yearlyPercents.get(0);
        return yearlyPercents.stream().allMatch(p -> p.subtract(first).abs().compareTo(BigDecimal.ONE) < 0);
    }

    /** "even" or the shares joined by '/', the inverse of {@link #parse}. */
    public String format() {
        if (isEven()) {
            return "even";
        }
        StringBuilder sb = new StringBuilder();
        for (BigDecimal p : yearlyPercents) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(p.stripTrailingZeros().toPlainString());
        }
        return sb.toString();
    }
}
