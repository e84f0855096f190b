package io.offerbench.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far along the company granting private equity is, which decides how likely its stock is to
 * become cash: the default bear / base / bull multipliers of its value at grant (OfferBench's
 * assumptions, editable per offer) and the document rows that give the reasons. A public company's
 * stock can be sold once it vests; a private company's only when the company arranges a sale
 * (Databricks, "a little over 11 years old", raised $10 billion largely to buy back vested employee
 * stock), and private shares can bring a tax bill before they can be sold.
 */
public enum CompanyStage implements Coded {
    PUBLIC("public", "1", "1", "1", List.of()),
    LATE_STAGE("late_stage", "0.3", "0.7", "1",
            List.of("verge-2024-databricks-employee-buyback", "verge-2024-private-stock-taxes")),
    GROWTH("growth", "0", "0.4", "1",
            List.of("verge-2024-databricks-employee-buyback", "verge-2024-private-stock-taxes")),
    EARLY("early", "0", "0.2", "1",
            List.of("verge-2024-private-stock-taxes", "lambert-2023-equity-upside"));

    private final String code;
    private final LiquidityMultipliers defaults;
    private final List<String> reasonIds;

    CompanyStage(String code, String bear, String base, String bull, List<String> reasonIds) {
        this.code = code;
        this.defaults = new LiquidityMultipliers(new BigDecimal(bear), new BigDecimal(base), new BigDecimal(bull));
        this.reasonIds = reasonIds;
    }

    @Override
    public String code() {
        return code;
    }

    /** The multipliers an offer at this stage starts with; the user may change them for the offer. */
    public LiquidityMultipliers defaults() {
        return defaults;
    }

    /** The benchmark rows (document quotes) behind this stage's multipliers, in the order they are cited. */
    public List<String> reasonIds() {
        return reasonIds;
    }

    public static CompanyStage fromCode(String code) {
        return Coded.fromCode(CompanyStage.class, code);
    }
}
