package io.offerbench.domain.input;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of reading one value a person typed: either the value, or a message for that person
 * naming the field and saying how to write it. Parsers return this instead of throwing, so a form can
 * show the message next to the field and an importer can collect every message of a file.
 */
public sealed interface ParseResult<T> permits ParseResult.Ok, ParseResult.Error {

    record Ok<T>(T value) implements ParseResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** What is wrong, as a bundle key and arguments ({@link Problem}); {@link #message()} words it. */
    record Error<T>(Problem problem) implements ParseResult<T> {
        public Error {
            Objects.requireNonNull(problem, "problem");
        }

        public Error(String message) {
            this(Problem.worded(Objects.requireNonNull(message, "message")));
        }

        public String message() {
            return problem.text();
        }
    }

    static <T> ParseResult<T> ok(T value) {
        return new Ok<>(value);
    }

    /** A message already in the user's words (a layer above the domain wrote it). */
    static <T> ParseResult<T> error(String message) {
        return new Error<>(message);
    }

    /** A problem as facts: bundle key {@code key} with {@code args}. */
    static <T> ParseResult<T> problem(String key, Object... args) {
        return new Error<>(Problem.of(key, args));
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The parsed value; throws when this is an error, so check {@link #isOk()} first. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("No value: " + message());
    }

    /** The message for the user, or "" when parsing succeeded. */
    default String message() {
        return this instanceof Error<T> e ? e.message() : "";
    }

    default <R> ParseResult<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        return new Error<>(((Error<T>) this).problem());
    }
}
