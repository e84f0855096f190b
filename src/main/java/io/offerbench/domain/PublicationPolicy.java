package io.offerbench.domain;

/** Whether the researcher may publish what they find. */
public enum PublicationPolicy implements Coded {
    OPEN("open"),
    REVIEW_BEFORE_PUBLISHING("review"),
    CLOSED("closed");

    private final String code;

    PublicationPolicy(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static PublicationPolicy fromCode(String code) {
        return Coded.fromCode(PublicationPolicy.class, code);
    }
}
