package io.offerbench.domain;

/** Career stage of the candidate the offer is made to. */
public enum Seniority implements Coded {
    NEW_GRAD_PHD("new_grad_phd"),
    POSTDOC("postdoc"),
    EXPERIENCED_RESEARCHER("experienced"),
    SENIOR_STAFF("senior_staff");

    private final String code;

    Seniority(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Seniority fromCode(String code) {
        return Coded.fromCode(Seniority.class, code);
    }
}
