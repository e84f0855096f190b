package io.offerbench.domain;

/**
 * What an equity grant is made of: public RSUs are valued at face value, private equity by its company's
 * stage (see {@link CompanyStage}), and "no equity" says so explicitly.
 */
public enum EquityType implements Coded {
    PUBLIC_RSU("public_rsu"),
    PRIVATE_EQUITY("private_options"),
    /** The offer includes no equity (a university, many quant firms): a grant amount is refused. */
    NONE("none");

    private final String code;

    EquityType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static EquityType fromCode(String code) {
        return Coded.fromCode(EquityType.class, code);
    }
}
