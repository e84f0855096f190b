package io.offerbench.ui.offers;

import io.offerbench.domain.OfferField;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.Parsed;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text field of the offer form: the text exactly as typed (never replaced by a parsed value, so
 * nothing the user typed is lost), the message when it does not parse, and the parsed value.
 */
final class FormField<T> {

    private final OfferField field;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final Function<String, Parsed<T>> parser;
    private String parsedText;
    private Parsed<T> parsed;

    FormField(OfferField field, Function<String, Parsed<T>> parser) {
        this.field = field;
        this.parser = parser;
        // Parsed once per change of the text; everyone who asks afterwards (the message under the
        // field, the outline, the form read back into an offer) gets that one result.
        text.addListener((o, a, b) -> error.set(parse().error()));
        error.set(parse().error());
    }

    /** The offer field this text field edits. */
    OfferField field() {
        return field;
    }

    /** The field's label in the current language, as its messages name it. */
    String label() {
        return Messages.get(field.labelKey());
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The text read as a value: parsed once per change of the text, however many readers ask (the
     * error label, the outline, the form). Keyed on the text itself, so a reader notified of the
     * change before this field's own listener still gets the new text's result.
     */
    Parsed<T> parse() {
        String t = text.get() == null ? "" : text.get();
        if (parsed == null || !t.equals(parsedText)) {
            parsed = parser.apply(t);
            parsedText = t;
        }
        return parsed;
    }

    void set(String value) {
        text.set(value == null ? "" : value);
    }
}
