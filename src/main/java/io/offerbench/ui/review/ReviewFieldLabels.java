package io.offerbench.ui.review;

import io.offerbench.domain.OfferChanges;
import io.offerbench.domain.OfferField;
import io.offerbench.ui.common.Messages;

/**
 * The words the offer editor uses for each field that review mode reports. Changes name fields by
 * {@link OfferField#key()} ({@code base_salary}); the advisor should read "Base salary", exactly as
 * on the form, so this uses the field's own label key rather than new wording.
 */
public final class ReviewFieldLabels {

    private ReviewFieldLabels() {
    }

    /** The editor's label; a field a later version adds shows by its stable name rather than not at all. */
    public static String of(String fieldKey) {
        if (OfferChanges.LOCATION.equals(fieldKey)) {
            return Messages.get("review.field.location");
        }
        return OfferField.byKey(fieldKey).map(f -> Messages.get(f.labelKey())).orElse(fieldKey);
    }
}
