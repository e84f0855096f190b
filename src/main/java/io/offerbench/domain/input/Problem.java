package io.offerbench.domain.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What is wrong with a value a person typed, as facts: a key of the text bundle and its arguments (the field's label,
 * the value as typed, limits). The domain writes no sentences; {@link #text()} asks the text layer, found as a
 * {@link ProblemWords} service, to put the problem in the chosen language. An argument that is itself a problem (an
 * example, a default label) is worded the same way.
 */
public record Problem(String key, List<Object> args) {

    private static final ProblemWords WORDS = words();

    public Problem {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, java.util.Arrays.asList(args));
    }

    /** A message already in the user's words (from a layer that has them), carried as it is. */
    public static Problem worded(String text) {
        return new Problem("", List.of(text));
    }

    /** The problem in the user's language. */
    public String text() {
        if (key.isEmpty()) {
            return String.valueOf(args.get(0));
        }
        Object[] shown = args.stream().map(a -> a instanceof Problem p ? p.text() : a).toArray();
        return WORDS == null ? key + " " + List.of(shown) : WORDS.words(key, shown);
    }

    @Override
    public String toString() {
        return text();
    }

    private static ProblemWords words() {
        Iterator<ProblemWords> found = ServiceLoader.load(ProblemWords.class, Problem.class.getClassLoader()).iterator();
        return found.hasNext() ? found.next() : null;
    }
}
