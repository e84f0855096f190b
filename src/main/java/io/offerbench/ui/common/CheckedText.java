package io.offerbench.ui.common;

import io.offerbench.domain.input.ParseResult;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The text of one form field exactly as typed, the value it reads as, and the message when it does
 * not read. The message is kept up to date as the user types, so a form can show it under the field;
 * {@link #recheck()} is for fields whose meaning depends on another field (a figure and its unit).
 */
public final class CheckedText<T> {

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Function<String, Parsed<T>> parser;

    public CheckedText(Function<String, Parsed<T>> parser) {
        this.parser = parser;
        text.addListener((o, before, now) -> recheck());
        recheck();
    }

    /** Adapts a {@code domain.input} parser, whose messages already name the field. */
    public static <T> Parsed<T> from(ParseResult<T> result) {
        return result.isOk() ? Parsed.ok(result.value()) : Parsed.error(result.message());
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

    public Parsed<T> parse() {
        return parser.apply(text());
    }

    public void recheck() {
        String message = parse().error();
        error.set(message == null ? "" : message);
    }
}
