package io.offerbench.ui.offers;

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

    private final String label;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final Function<String, Parsed<T>> parser;
    private Parsed<T> parsed;

    FormField(String label, Function<String, Parsed<T>> parser) {
        this.label = label;
        this.parser = parser;
        // Parsed once per change of the text; the error label, the outline and the form all read this.
        text.addListener((o, a, b) -> reparse());
        reparse();
    }

    private void reparse() {
        String t = text.get();
        parsed = parser.apply(t == null ? "" : t);
        error.set(parsed.error());
    }

    String label() {
        return label;
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    Parsed<T> parse() {
        return parsed;
    }

    void set(String value) {
        text.set(value == null ? "" : value);
    }
}
