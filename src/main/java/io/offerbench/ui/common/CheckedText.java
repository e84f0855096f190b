package io.offerbench.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The text of one form field exactly as typed (never replaced by a parsed value, so nothing the user
 * typed is lost), the value it reads as, and the message when it does not read. The message is kept up
 * to date as the user types, so a form can show it under the field. The text is parsed once per
 * change, however many readers ask (the message, the outline, the form read back); {@link #recheck()}
 * parses again for fields whose meaning depends on another field (a figure and its unit).
 */
public class CheckedText<T> {

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Function<String, Parsed<T>> parser;
    private String parsedText;
    private Parsed<T> parsed;

    public CheckedText(Function<String, Parsed<T>> parser) {
        this.parser = parser;
        text.addListener((o, before, now) -> showError());
        showError();
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get() == null ? "" : text.get();
    }

    public void set(String value) {
        text.set(value == null ? "" : value);
    }

    /** The message for the user, "" when the text reads fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The text read as a value. Keyed on the text itself, so a reader notified of a change before this
     * field's own listener still gets the new text's result.
     */
    public Parsed<T> parse() {
        String t = text();
        if (parsed == null || !t.equals(parsedText)) {
            parsed = parser.apply(t);
            parsedText = t;
        }
        return parsed;
    }

    /** Reads the same text again, because what it means has changed (another field it depends on). */
    public void recheck() {
        parsed = null;
        showError();
    }

    private void showError() {
        String message = parse().error();
        error.set(message == null ? "" : message);
    }
}
