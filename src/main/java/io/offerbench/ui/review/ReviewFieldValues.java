package io.offerbench.ui.review;

import io.offerbench.domain.Coded;
import io.offerbench.domain.OfferField;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Formats;
import io.offerbench.ui.common.Messages;
import java.math.BigDecimal;

/**
 * A changed field's value as the editor would show it: codes become their labels ("negotiating"
 * → "Negotiating"), amounts get thousands separators, ratings their words, and an empty value
 * reads "not entered" so "nothing → 20,000" is not a blank.
 */
final class ReviewFieldValues {

    private ReviewFieldValues() {
    }

    static String show(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Messages.get("common.notEntered");
        }
        OfferField f = OfferField.byKey(field).orElse(null);
        if (f == null) {
            return value;
        }
        if (f.codes().isPresent()) {
            return label(f.codes().get(), value);
        }
        if ((f.kind() == OfferField.Kind.AMOUNT || f.kind() == OfferField.Kind.BONUS) && !value.endsWith("%")) {
            return amount(value);
        }
        if (f.kind() == OfferField.Kind.RATING && value.matches("[1-5]")) {
            return Messages.get("rating." + value);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(Class<? extends Enum<?>> type, String code) {
        try {
            return EnumLabels.of((Enum<?>) Coded.fromCode((Class) type, code));
        } catch (IllegalArgumentException unknown) {
            return code; // a code from a newer version: its own name is still better than nothing
        }
    }

    private static String amount(String value) {
        try {
            return Formats.amount(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
