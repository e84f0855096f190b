package io.offerbench.domain;

/** How much compute the role comes with, from scarce (a typical university lab) to frontier scale. */
public enum ComputeAccess implements Coded {
    SCARCE("scarce"),
    MODEST("modest"),
    ADEQUATE("adequate"),
    GENEROUS("generous"),
    FRONTIER_SCALE("frontier");

    private final String code;

    ComputeAccess(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ComputeAccess fromCode(String code) {
        return Coded.fromCode(ComputeAccess.class, code);
    }
}
