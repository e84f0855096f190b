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
    /** AI labs outside the US and China (Paris, London, Toronto...); the documents give no figures for them. */
    LAB_ELSEWHERE("lab_elsewhere"),
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

    /**
     * The segment whose benchmarks an offer is compared with. A lab outside the US is a China lab only
     * when it is in China (files from before the two were told apart say {@code non_us_lab} for both).
     */
    public static Segment of(Offer offer) {
        Segment segment = of(offer.type());
        if (offer.type() == OfferType.NON_US_LAB && Region.ofCountry(offer.location().country()) == Region.CHINA) {
            return CHINA_LAB;
        }
        return segment;
    }

    /** The segment for an offer type, where the country is not known. */
    public static Segment of(OfferType type) {
        return switch (type) {
            case FRONTIER_LAB -> FRONTIER_LAB;
            case BIG_TECH_RESEARCH -> BIG_TECH;
            case AI_STARTUP -> AI_STARTUP;
            case QUANT_FIRM -> QUANT_FIRM;
            case ACADEMIA_FACULTY, ACADEMIA_POSTDOC -> ACADEMIA;
            case NONPROFIT_INSTITUTE -> NONPROFIT_INSTITUTE;
            case CHINA_LAB -> CHINA_LAB;
            case NON_US_LAB -> LAB_ELSEWHERE;
            case OTHER -> AI_MARKET;
        };
    }
}
