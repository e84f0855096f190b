package io.offerbench.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one unit of private equity's grant value is counted as under each {@link LiquidityScenario}.
 * The defaults 0 / 0.5 / 1 are OfferBench's own assumption, not a figure from the source documents:
 * the documents only show that private stock is hard to sell (Databricks raised $10 billion largely
 * to buy back employee stock), so the bear case counts it as worthless and the bull case at face value.
 */
public record LiquidityMultipliers(BigDecimal bear, BigDecimal base, BigDecimal bull) {

    private static final BigDecimal MAX = BigDecimal.valueOf(10);

    public LiquidityMultipliers {
        Objects.requireNonNull(bear, "bear");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(bull, "bull");
        for (BigDecimal m : new BigDecimal[] {bear, base, bull}) {
            if (m.signum() < 0 || m.compareTo(MAX) > 0) {
                throw Refusal.of("liquidity.range", m.toPlainString());
            }
        }
        if (bear.compareTo(base) > 0 || base.compareTo(bull) > 0) {
            throw Refusal.of("liquidity.order");
        }
    }

    /** From whole percentages of the value at grant (40 is 0.4), each written in its shortest form (0.1, not 0.10). */
    public static LiquidityMultipliers ofPercents(int bear, int base, int bull) {
        return new LiquidityMultipliers(fromPercent(bear), fromPercent(base), fromPercent(bull));
    }

    private static BigDecimal fromPercent(int percent) {
        BigDecimal m = BigDecimal.valueOf(percent).movePointLeft(2).stripTrailingZeros();
        return m.scale() < 0 ? m.setScale(0) : m;
    }

    public static LiquidityMultipliers defaults() {
        return new LiquidityMultipliers(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE);
    }

    public BigDecimal multiplier(LiquidityScenario scenario) {
        return switch (scenario) {
            case BEAR -> bear;
            case BASE -> base;
            case BULL -> bull;
        };
    }
}
