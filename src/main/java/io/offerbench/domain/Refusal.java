package io.offerbench.domain;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A value the domain refuses (a negative salary, vesting shares that do not add up), as facts: a key of the text
 * bundle ({@code domain.<key>}) and its arguments. The domain writes no sentences; {@link #getMessage()} asks the text
 * layer, found as a {@link RefusalWords} service, for the words in the chosen language, so an import or a form that
 * shows the message shows it in Chinese or English alike.
 */
public final class Refusal extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final RefusalWords WORDS = words();

    private final String key;
    private final transient List<Object> args;

    private Refusal(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = Arrays.asList(args);
    }

    /** A refusal of key {@code domain.<key>} with its arguments. */
    public static Refusal of(String key, Object... args) {
        return new Refusal(key, args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return WORDS == null ? key + " " + args : WORDS.words("domain." + key, args.toArray());
    }

    private static RefusalWords words() {
        Iterator<RefusalWords> found = ServiceLoader.load(RefusalWords.class, Refusal.class.getClassLoader()).iterator();
        return found.hasNext() ? found.next() : null;
    }
}
