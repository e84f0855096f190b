package io.offerbench.domain;

/** Visa and immigration support, or that none is needed. */
public enum VisaSupport implements Coded {
    NOT_NEEDED("not_needed"),
    FULL("full"),
    PARTIAL("partial"),
    NONE("none");

    private final String code;

    VisaSupport(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static VisaSupport fromCode(String code) {
        return Coded.fromCode(VisaSupport.class, code);
    }
}
