package io.offerbench.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A user-editable figure attached to a place: a cost-of-living index (100 = the reference city) or an
 * estimated effective tax rate in percent. {@code place} matches an offer's city or country, case-insensitively.
 * The documents give neither, so these rows are always the user's own, labelled as estimates.
 */
public record LocationFactor(Kind kind, String place, BigDecimal value, String note) {

    public enum Kind implements Coded {
        COST_OF_LIVING("cost_of_living"),
        EFFECTIVE_TAX_RATE("effective_tax_rate");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public LocationFactor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(value, "value");
        note = note == null ? "" : note;
        if (place.isBlank()) {
            throw Refusal.of("location.noPlace");
        }
        if (kind == Kind.COST_OF_LIVING && (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0)) {
            throw Refusal.of("location.costIndex");
        }
        if (kind == Kind.EFFECTIVE_TAX_RATE && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(95)) > 0)) {
            throw Refusal.of("location.taxRate");
        }
    }
}
