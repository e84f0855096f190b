package io.offerbench.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerbench.domain.Coded;
import io.offerbench.domain.input.ParseResult;
import io.offerbench.domain.input.TextInput;
import io.offerbench.text.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object and knows its path, so every problem names where it is
 * ({@code offers[2].pay.base_salary}). Absent and null fields read as "not given"; a field of the
 * wrong type, or one this version does not know ({@link #done}), is a {@link JsonProblem}: a typo
 * in a hand-edited file must not silently drop a figure.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonProblem(path, Message.of("import.comparison.object", Json.kind(node)));
        }
        return new JsonFields(node, path);
    }

    String path() {
        return path;
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode raw(String name) {
        read.add(name);
        JsonNode n = node.get(name);
        return n == null || n.isNull() ? null : n;
    }

    boolean has(String name) {
        return raw(name) != null;
    }

    String string(String name) {
        JsonNode n = raw(name);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            throw new JsonProblem(at(name), Message.of("import.comparison.text", Json.kind(n)));
        }
        return n.textValue();
    }

    /** Free text checked as the forms check it; absent is "". */
    String text(String name, int maxLength, boolean multiline) {
        return checked(name, TextInput.text(string(name), name, maxLength, multiline));
    }

    String requiredText(String name, int maxLength) {
        return checked(name, TextInput.required(string(name), name, maxLength, false));
    }

    private String checked(String name, ParseResult<String> r) {
        if (r instanceof ParseResult.Error<String> e) {
            throw new JsonProblem(at(name), Message.of(e.problem()));
        }
        return r.value();
    }

    /** An amount written as a string, like "185000.50"; null when absent. */
    BigDecimal decimal(String name) {
        String s = string(name);
        return s == null ? null : Json.decimal(s, at(name));
    }

    /** As {@link #decimal(String)}, refusing a negative figure. */
    BigDecimal nonNegative(String name) {
        BigDecimal v = decimal(name);
        if (v != null && v.signum() < 0) {
            throw new JsonProblem(at(name), Message.of("import.comparison.negative", v.toPlainString()));
        }
        return v;
    }

    /**
     * A sum of money: as {@link #nonNegative(String)}, with at most 2 decimal places, the same bounds
     * the CSV import and the form apply (0.0000001 is a mistake, not a salary).
     */
    BigDecimal money(String name) {
        BigDecimal v = nonNegative(name);
        if (v != null && v.stripTrailingZeros().scale() > 2) {
            throw new JsonProblem(at(name), Message.of("import.comparison.cents", v.toPlainString()));
        }
        return v;
    }

    /** A required sum of money above zero, within the same bounds as {@link #money(String)}. */
    BigDecimal requiredMoney(String name) {
        BigDecimal v = requiredDecimal(name);
        money(name);
        if (v.signum() <= 0) {
            throw new JsonProblem(at(name), Message.of("import.comparison.positive", v.toPlainString()));
        }
        return v;
    }

    BigDecimal requiredDecimal(String name) {
        BigDecimal v = decimal(name);
        if (v == null) {
            throw new JsonProblem(at(name), Message.of("import.comparison.amountRequired"));
        }
        return v;
    }

    Integer integer(String name) {
        JsonNode n = raw(name);
        if (n == null) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new JsonProblem(at(name), Message.of("import.comparison.whole", Json.kind(n)));
        }
        return n.intValue();
    }

    /** A whole number between min and max, or null when absent. */
    Integer integer(String name, int min, int max) {
        Integer v = integer(name);
        if (v != null && (v < min || v > max)) {
            throw new JsonProblem(at(name), Message.of("import.comparison.between", min, max, v));
        }
        return v;
    }

    int integer(String name, int min, int max, int absent) {
        Integer v = integer(name, min, max);
        return v == null ? absent : v;
    }

    int integer(String name, int absent) {
        Integer v = integer(name);
        return v == null ? absent : v;
    }

    boolean bool(String name, boolean absent) {
        JsonNode n = raw(name);
        if (n == null) {
            return absent;
        }
        if (!n.isBoolean()) {
            throw new JsonProblem(at(name), Message.of("import.comparison.boolean", Json.kind(n)));
        }
        return n.booleanValue();
    }

    <E extends Enum<E> & Coded> E code(String name, Class<E> type) {
        String s = string(name);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(s)) {
                return e;
            }
        }
        throw new JsonProblem(at(name), Message.of("import.comparison.code", Coded.codes(type), s));
    }

    LocalDate date(String name) {
        String s = string(name);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new JsonProblem(at(name), Message.of("import.comparison.date", s));
        }
    }

    Instant instant(String name) {
        String s = string(name);
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new JsonProblem(at(name), Message.of("import.comparison.instant", s));
        }
    }

    /** A nested object, or null when absent. */
    JsonFields object(String name) {
        JsonNode n = raw(name);
        return n == null ? null : of(n, at(name));
    }

    /** The elements of an array field with their paths; empty when absent. */
    List<Element> array(String name) {
        JsonNode n = raw(name);
        List<Element> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            throw new JsonProblem(at(name), Message.of("import.comparison.list", Json.kind(n)));
        }
        for (int i = 0; i < n.size(); i++) {
            out.add(new Element(n.get(i), at(name) + "[" + i + "]"));
        }
        return out;
    }

    /** This object's field names, for maps such as settings. */
    Iterator<String> names() {
        return node.fieldNames();
    }

    /** Builds a domain value; its constructor's refusal becomes a problem at this object's path. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(path, Message.of(e));
        } catch (NullPointerException e) {
            throw new JsonProblem(path, Message.of("import.comparison.incomplete"));
        }
    }

    /** Refuses any field not read: this version does not know it, so it would be lost. */
    void done() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!read.contains(name)) {
                throw new JsonProblem(at(name), Message.of("import.comparison.unknownField"));
            }
        }
    }

    record Element(JsonNode node, String path) {
        JsonFields fields() {
            return of(node, path);
        }
    }
}
