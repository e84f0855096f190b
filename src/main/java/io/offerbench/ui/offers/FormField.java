package io.offerbench.ui.offers;

import io.offerbench.domain.OfferField;
import io.offerbench.ui.common.CheckedText;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.Parsed;
import java.util.function.Function;

/** One text field of the offer form: a {@link CheckedText} that knows which {@link OfferField} it edits. */
final class FormField<T> extends CheckedText<T> {

    private final OfferField field;

    FormField(OfferField field, Function<String, Parsed<T>> parser) {
        super(parser);
        this.field = field;
    }

    /** The offer field this text field edits. */
    OfferField field() {
        return field;
    }

    /** The field's label in the current language, as its messages name it. */
    String label() {
        return Messages.get(field.labelKey());
    }
}
