package io.offerbench.domain;

/** Puts a {@link Refusal} in words: provided by the text layer (io.offerbench.text) through {@link java.util.ServiceLoader}. */
public interface RefusalWords {

    /** The text of bundle key {@code key} with {@code args}, in the language the user chose. */
    String words(String key, Object[] args);
}
