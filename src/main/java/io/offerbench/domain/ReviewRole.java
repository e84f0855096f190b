package io.offerbench.domain;


/** Who wrote a review comment. Stored by code, so old files stay readable if labels change. */
public enum ReviewRole implements Coded {
    STUDENT("student"),
    ADVISOR("advisor");

    private final String code;

    ReviewRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Unknown codes (a file from elsewhere) read as student rather than failing. */
    public static ReviewRole fromCode(String code) {
        for (ReviewRole r : values()) {
            if (r.code.equalsIgnoreCase(code)) {
                return r;
            }
        }
        return STUDENT;
    }
}
