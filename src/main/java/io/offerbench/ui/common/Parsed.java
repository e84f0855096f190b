package io.offerbench.ui.common;

import io.offerbench.domain.input.ParseResult;

/** The outcome of reading one form field: a value (possibly null for an empty optional field) or a message. */
public record Parsed<T>(T value, String error) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> error(String message) {
        return new Parsed<>(null, message);
    }

    /**
     * Adapts a {@code domain.input} parser's result, whose message already names the field: the one
     * adapter every form field uses.
     */
    public static <T> Parsed<T> from(ParseResult<T> result) {
        return result.isOk() ? ok(result.value()) : error(result.message());
    }

    public boolean isOk() {
        return error == null;
    }
}
