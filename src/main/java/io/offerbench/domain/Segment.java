package io.offerbench.domain;

/**
 * The slice of the market a benchmark describes. Offers map onto segments through
 * {@link #of(OfferType)}; {@link #AI_MARKET} holds figures about the market as a whole.
 */
public enum Segment implements Coded {
    FRONTIER_LAB("frontier_lab"),
    BIG_TECH("big_tech"),
    AI_STARTUP("ai_startup"),
    QUANT_FIRM("quant_firm"),
    ACADEMIA("academia"),
    NONPROFIT_INSTITUTE("nonprofit_institute"),
    CHINA_LAB("china_lab"),
    AI_MARKET("ai_market");

    private final String code;

    Segment(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Segment fromCode(String code) {
        return Coded.fromCode(Segment.class, code);
    }

    /** The segment whose benchmarks an offer of this type is compared with. */
    public static Segment of(OfferType type) {
        return switch (type) {
            case FRONTIER_LAB -> FRONTIER_LAB;
            case BIG_TECH_RESEARCH -> BIG_TECH;
            case AI_STARTUP -> AI_STARTUP;
            case QUANT_FIRM -> QUANT_FIRM;
            case ACADEMIA_FACULTY, ACADEMIA_POSTDOC -> ACADEMIA;
            case NONPROFIT_INSTITUTE -> NONPROFIT_INSTITUTE;
            case NON_US_LAB -> CHINA_LAB;
            case OTHER -> AI_MARKET;
        };
    }
}
