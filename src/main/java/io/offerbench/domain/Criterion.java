package io.offerbench.domain;

/**
 * Everything an offer is scored on. {@link #PAY} covers the money (normalised annual value); the
 * others are the non-monetary factors the source documents show people weigh.
 */
public enum Criterion implements Coded {
    PAY("pay"),
    RESEARCH_FREEDOM("research_freedom"),
    PUBLICATION("publication"),
    COMPUTE("compute"),
    /** Courses taught a year: time a faculty post takes from research (0 for offers without teaching). */
    TEACHING("teaching"),
    /** The market's demand for the topic, from the documents (the code is older than the split). */
    TOPIC_FIT("topic_fit"),
    /** The student's own interest in this work, 1-5. */
    INTEREST("interest"),
    TEAM_FIT("team_fit"),
    ROLE_CLARITY("role_clarity"),
    PRODUCT_CLOSENESS("product_closeness"),
    STABILITY("stability"),
    HOURS("hours"),
    COMMUTE("commute"),
    VISA("visa");

    private final String code;

    Criterion(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Criterion fromCode(String code) {
        return Coded.fromCode(Criterion.class, code);
    }
}
