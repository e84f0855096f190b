package io.offerbench.domain;

/** The kind of employer, which decides the market segment an offer is compared with. */
public enum OfferType implements Coded {
    FRONTIER_LAB("frontier_lab"),
    BIG_TECH_RESEARCH("big_tech_research"),
    AI_STARTUP("ai_startup"),
    QUANT_FIRM("quant_firm"),
    ACADEMIA_FACULTY("academia_faculty"),
    ACADEMIA_POSTDOC("academia_postdoc"),
    NONPROFIT_INSTITUTE("nonprofit_institute"),
    /** An AI lab based in China, compared with the documents' China figures. */
    CHINA_LAB("china_lab"),
    /** An AI lab outside the US and China (older files used this code for China labs too; their country decides). */
    NON_US_LAB("non_us_lab"),
    OTHER("other");

    private final String code;

    OfferType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** University appointments: paid on academic terms (9-month salary, summer months, start-up package). */
    public boolean isAcademic() {
        return this == ACADEMIA_FACULTY || this == ACADEMIA_POSTDOC;
    }

    public static OfferType fromCode(String code) {
        return Coded.fromCode(OfferType.class, code);
    }
}
