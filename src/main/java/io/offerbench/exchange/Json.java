package io.offerbench.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerbench.domain.Coded;
import io.offerbench.text.Message;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** How values are written in comparison files: exact decimals as plain strings, enumerations by code; and read back. */
final class Json {

    /** Plain decimals only: no exponent, grouping or currency, so the figure read is the figure written. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,13}(\\.[0-9]{1,20})?");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private Json() {
    }

    /** The decimal exactly as stored, scale included ("312500.50" stays "312500.50"); null stays null. */
    static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    static String code(Coded c) {
        return c == null ? null : c.code();
    }

    /** Reads a decimal written by {@link #plain}; anything else is a problem at {@code path}. */
    static BigDecimal decimal(String s, String path) {
        if (!DECIMAL.matcher(s).matches()) {
            throw new JsonProblem(path, Message.of("import.comparison.decimal", s));
        }
        BigDecimal v = new BigDecimal(s);
        if (v.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new JsonProblem(path, Message.of("import.comparison.tooLarge", s));
        }
        return v;
    }

    /** What a JSON value is, for messages: "the text \"abc\"", "the number 12", "a list". */
    static Message kind(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return Message.of("import.comparison.kind.null");
        }
        if (n.isTextual()) {
            String t = n.textValue();
            return Message.of("import.comparison.kind.text", t.length() > 40 ? t.substring(0, 40) + "…" : t);
        }
        if (n.isNumber()) {
            return Message.of("import.comparison.kind.number", n.asText());
        }
        if (n.isBoolean()) {
            return Message.worded(n.asText());
        }
        return Message.of(n.isArray() ? "import.comparison.kind.list" : "import.comparison.kind.object");
    }
}
