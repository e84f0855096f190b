package io.offerbench.text;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Refusal;
import io.offerbench.domain.input.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A fact to be said, not yet in words: a key of the text bundle and its typed arguments. The layers above the core
 * (exchange's import, parse and document messages) return these, and {@link #text()} words them in the language
 * chosen when they are shown, so a refused file reads in Chinese or English alike. Arguments are worded by type: a
 * message in its own words, a criterion by its name, another enum by its label, a list joined by the language's list
 * separator, a domain refusal by its own key; numbers and text go to MessageFormat as they are.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** A domain refusal (a salary below zero, a currency that is not a code) as a message worded like the rest. */
    public static Message of(Refusal refusal) {
        return new Message("domain." + refusal.key(), refusal.args());
    }

    /** A typed value's problem (a parser's, with its field's label) as a message worded like the rest. */
    public static Message of(Problem problem) {
        return problem.key().isEmpty() ? worded(problem.text()) : new Message(problem.key(), problem.args());
    }

    /** A refusal if the domain gave one, else the exception's own message (which the domain then wrote for a person). */
    public static Message of(IllegalArgumentException e) {
        return e instanceof Refusal r ? of(r) : worded(e.getMessage());
    }

    /**
     * A text some other part already put in the user's words (a form parser's problem, a domain refusal's message),
     * carried as it is.
     */
    public static Message worded(String text) {
        return new Message("", List.of(String.valueOf(text)));
    }

    /** The fact in the user's language. */
    public String text() {
        if (key.isEmpty()) {
            return String.valueOf(args.get(0));
        }
        return Texts.get(key, args.stream().map(Message::shown).toArray());
    }

    @Override
    public String toString() {
        return text();
    }

    private static Object shown(Object a) {
        if (a instanceof Message m) {
            return m.text();
        }
        if (a instanceof Criterion c) {
            return Texts.get("criterion." + c.name());
        }
        if (a instanceof Enum<?> e) {
            return Texts.label(e);
        }
        if (a instanceof Problem p) {
            return p.text();
        }
        if (a instanceof Refusal r) {
            return r.getMessage();
        }
        if (a instanceof Collection<?> many) {
            return many.stream().map(o -> String.valueOf(shown(o))).collect(Collectors.joining(Texts.get("words.listSeparator")));
        }
        return a;
    }
}
