package io.offerbench.domain.input;

/** Puts a {@link Problem} in words: provided by the text layer (io.offerbench.text) through {@link java.util.ServiceLoader}. */
public interface ProblemWords {

    /** The text of bundle key {@code key} with {@code args}, in the language the user chose. */
    String words(String key, Object[] args);
}
