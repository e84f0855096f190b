package io.offerbench.domain;

/** Where the student stands with an offer. */
public enum OfferStatus implements Coded {
    CONSIDERING("considering"),
    NEGOTIATING("negotiating"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    EXPIRED("expired");

    private final String code;

    OfferStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static OfferStatus fromCode(String code) {
        return Coded.fromCode(OfferStatus.class, code);
    }
}
