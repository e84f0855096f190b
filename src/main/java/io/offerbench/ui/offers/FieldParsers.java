package io.offerbench.ui.offers;

import io.offerbench.domain.Bonus;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.input.AmountParser;
import io.offerbench.domain.input.DateParser;
import io.offerbench.domain.input.IntParser;
import io.offerbench.domain.input.PercentParser;
import io.offerbench.domain.input.TextInput;
import io.offerbench.text.Texts;
import io.offerbench.ui.common.CurrencyText;
import io.offerbench.ui.common.Parsed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The parser behind each kind of form field, built on the pure parsers of {@code domain.input}.
 * An empty optional field reads as null ("not entered"); the parsers themselves decide what a
 * typed value means and word the message.
 */
final class FieldParsers {

    private FieldParsers() {
    }

    static Function<String, Parsed<String>> requiredText(String label, int max) {
        return t -> Parsed.from(TextInput.required(t, label, max, false));
    }

    static Function<String, Parsed<String>> optionalText(String label, int max) {
        return t -> Parsed.from(TextInput.text(t, label, max, false));
    }

    static Function<String, Parsed<String>> multilineText(String label, int max) {
        return t -> Parsed.from(TextInput.text(t, label, max, true));
    }

    static Function<String, Parsed<CurrencyCode>> currency(String label) {
        return t -> CurrencyText.parse(t, label, Parsed.error(Texts.get("input.currency.required", label)));
    }

    /** An optional amount; {@code positive} refuses zero as well as negatives (base salary). */
    static Function<String, Parsed<BigDecimal>> amount(String label, boolean positive) {
        AmountParser.Sign sign = positive ? AmountParser.Sign.POSITIVE : AmountParser.Sign.NON_NEGATIVE;
        return t -> t.isBlank() ? Parsed.ok(null) : Parsed.from(AmountParser.parseValue(t, label, sign));
    }

    /** "15%" is a share of base; anything else must be an amount. */
    static Function<String, Parsed<Bonus>> bonus(String label, int maxPercent) {
        return t -> {
            if (t.isBlank()) {
                return Parsed.ok(null);
            }
            if (t.strip().endsWith("%")) {
                return Parsed.from(PercentParser.parse(t, label, BigDecimal.valueOf(maxPercent)).map(p -> new Bonus(null, p)));
            }
            return Parsed.from(AmountParser.parseValue(t, label, AmountParser.Sign.NON_NEGATIVE).map(a -> new Bonus(a, null)));
        };
    }

    static Function<String, Parsed<Integer>> integer(String label, int min, int max) {
        return t -> t.isBlank() ? Parsed.ok(null) : Parsed.from(IntParser.parse(t, label, min, max));
    }

    /** A whole percentage 0-100 ("30" or "30%"); a fraction is rounded to the nearest whole percent. */
    static Function<String, Parsed<Integer>> percent(String label) {
        return t -> t.isBlank() ? Parsed.ok(null)
                : Parsed.from(PercentParser.parse(t, label).map(p -> p.setScale(0, RoundingMode.HALF_UP).intValueExact()));
    }

    static Function<String, Parsed<BigDecimal>> decimal(String label, int min, int max) {
        return t -> {
            if (t.isBlank()) {
                return Parsed.ok(null);
            }
            Parsed<BigDecimal> p = Parsed.from(AmountParser.parseValue(t, label, AmountParser.Sign.NON_NEGATIVE));
            if (p.isOk() && (p.value().compareTo(BigDecimal.valueOf(min)) < 0 || p.value().compareTo(BigDecimal.valueOf(max)) > 0)) {
                return Parsed.error(Texts.get("input.decimal.outOfRange", label, min, max, t.strip()));
            }
            return p;
        };
    }

    static Function<String, Parsed<LocalDate>> date(String label) {
        return t -> t.isBlank() ? Parsed.ok(null) : Parsed.from(DateParser.parse(t, label));
    }

    /** "even" or yearly shares such as 5/15/40/40 that add up to 100. */
    static Function<String, Parsed<String>> schedule(String label) {
        return t -> {
            if (t.isBlank()) {
                return Parsed.ok("even");
            }
            try {
                VestingSchedule.parse(t, 4, 0);
                return Parsed.ok(t.strip());
            } catch (IllegalArgumentException e) {
                return Parsed.error(label + ": " + e.getMessage());
            }
        };
    }
}
