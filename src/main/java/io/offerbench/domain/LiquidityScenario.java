package io.offerbench.domain;

/**
 * Which outcome to assume for private (illiquid) equity: it may never be sold (bear), be sold at a
 * discount or late (base), or be sold at its paper value (bull). The multiplier for each lives in
 * {@link LiquidityMultipliers}, which the user may edit.
 */
public enum LiquidityScenario implements Coded {
    BEAR("bear"),
    BASE("base"),
    BULL("bull");

    private final String code;

    LiquidityScenario(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static LiquidityScenario fromCode(String code) {
        return Coded.fromCode(LiquidityScenario.class, code);
    }
}
