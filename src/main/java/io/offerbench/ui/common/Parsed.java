package io.offerbench.ui.common;

/** The outcome of reading one form field: a value (possibly null for an empty optional field) or a message. */
public record Parsed<T>(T value, String error) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> error(String message) {
        return new Parsed<>(null, message);
    }

    public boolean isOk() {
        return error == null;
    }
}
