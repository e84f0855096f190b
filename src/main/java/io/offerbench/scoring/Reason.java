package io.offerbench.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a criterion scored what it did, as a fact for the text layer to put into words: a message key
 * (the bundle's {@code reason.<key>}) and its arguments — {@link io.offerbench.domain.Money},
 * numbers, enum constants (shown by their label) or benchmark ids. Scoring writes no sentences.
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }
}
