package io.offerbench.domain.input;

import io.offerbench.domain.CurrencyCode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a money amount the way people type it into a form or a spreadsheet: {@code 185000},
 * {@code 185,000}, {@code 185k}, {@code $185,000}, {@code USD 100000}, {@code 1.54M},
 * {@code 1.2 million}, {@code 12 lakh}, {@code 200 000}, {@code 1'000'000}, {@code 10,00,000},
 * {@code 120,000/yr}, and as Chinese writes them: {@code ¥1,540,000}, {@code 1,540,000元}, {@code RMB 80万},
 * {@code 80万元}, {@code 1.54百万}, {@code 30万/年} (万 = 10,000, 百万 = 1,000,000, 亿 = 100,000,000; a monthly
 * {@code 2万/月} is refused like {@code /month}). It never throws: anything it cannot read with certainty comes back as a
 * {@link ParseResult.Error} whose message names the field and shows a form that works.
 *
 * <p>Decisions: invisible characters (zero-width spaces, direction marks, a BOM) are removed, since
 * pasted text carries them and the user cannot see them; any space character counts as a space.
 * Digits other than 0-9 (fullwidth, Arabic-Indic, Devanagari) are refused rather than converted, so
 * what the user sees in the field is exactly the number that is stored. Scientific notation is
 * refused because spreadsheets use it for numbers they have rounded. Plain numbers keep the scale
 * they were written with ({@code 1,000.00} is 1000.00), so a value written out and read back is equal.
 */
public final class AmountParser {

    /** Which signs the field allows. */
    public enum Sign { POSITIVE, NON_NEGATIVE, ANY }

    /** The largest amount accepted, one trillion: beyond any salary, even in won or rupiah. */
    public static final BigDecimal MAX = new BigDecimal("1000000000000");

    private static final int MAX_LENGTH = 200;
    private static final Problem EXAMPLES = Problem.of("input.amount.examples");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)n/?a|null|none|nil|tbd|tba|tbc|unknown|\\?+|[-–—.]+|x+");
    // Compiled once: parsing a 10,000-row import checks every amount cell against these.
    private static final Pattern FORMULA = Pattern.compile("\\+.*[-+*/^()].*");
    private static final Pattern UNDERSCORE = Pattern.compile(".*\\d_+\\d.*");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");
    private static final Pattern RANGE = Pattern.compile("(?i)\\d\\s*[km]?\\s*(-|–|—|~|\\bto\\b)\\s*\\D{0,4}\\d");
    private static final Pattern EXPONENT = Pattern.compile("[+-]?[\\d.,]*\\d\\.?[eE][+-]?\\d+");
    private static final Pattern YEARLY = Pattern.compile(
            "(?i)\\s*(/\\s*(yr|year|y|annum|a|年)|per\\s+(year|annum)|a\\s+year|p\\.?\\s?a\\.?|annually|yearly|每年|一年)$");
    private static final Pattern OTHER_PERIOD = Pattern.compile(
            "(?i)\\s*(/\\s*(mo|month|hr|hour|h|wk|week|day|d|个?月|周|天|日|小时)|(per|an?)\\s+(month|hour|week|day)|monthly|hourly|weekly|daily"
                    + "|每(个?月|周|天|日|小时))$");
    private static final Pattern MULTIPLIER = Pattern.compile(
            "(?i)^(.*[\\d.])\\s*(k|thousand|mm|m|mn|mio|million|millions|bn|b|billion|lakhs?|lacs?|crores?|cr|万|十万|百万|千万|亿)$");

    private AmountParser() {
    }

    /** A positive amount, as base salary needs. */
    public static ParseResult<ParsedAmount> parse(String text, String fieldLabel) {
        return parse(text, fieldLabel, Sign.POSITIVE);
    }

    /** The number alone, for callers that do not care about a currency mark. */
    public static ParseResult<BigDecimal> parseValue(String text, String fieldLabel, Sign sign) {
        return parse(text, fieldLabel, sign).map(ParsedAmount::value);
    }

    public static ParseResult<ParsedAmount> parse(String text, String fieldLabel, Sign sign) {
        Object label = fieldLabel == null || fieldLabel.isBlank() ? Problem.of("input.label.amount") : fieldLabel;
        if (text == null) {
            return required(label);
        }
        if (text.length() > MAX_LENGTH) {
            return ParseResult.problem("input.amount.tooLong", label, String.valueOf(MAX_LENGTH), EXAMPLES);
        }
        String t = clean(text);
        if (t.isEmpty()) {
            return required(label);
        }
        Problem refusal = refusal(t, label);
        if (refusal != null) {
            return new ParseResult.Error<>(refusal);
        }
        return read(t, label, sign);
    }

    /** Writes an amount with comma grouping and its own scale, e.g. 1234567.5 as "1,234,567.5". */
    public static String format(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, amount.scale()));
        f.setMaximumFractionDigits(Math.max(0, amount.scale()));
        f.setParseBigDecimal(true);
        return f.format(amount);
    }

    /** Drops invisible format characters and turns every kind of space (NBSP, narrow NBSP, tab) into ' '. */
    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.FORMAT) {
                return;
            }
            sb.appendCodePoint(Character.isSpaceChar(cp) || cp == '\t' ? ' ' : cp);
        });
        return sb.toString().strip();
    }

    /** Whole-text forms that are clearly not one amount, each with its own advice. */
    private static Problem refusal(String t, Object label) {
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isDigit(cp) && (cp < '0' || cp > '9')) {
                return Problem.of("input.amount.notDigit", label, Character.toString(cp), EXAMPLES);
            }
            if (Character.getType(cp) == Character.OTHER_NUMBER) {
                return Problem.of("input.amount.otherNumber", label, Character.toString(cp));
            }
            if (Character.isISOControl(cp)) {
                return Problem.of("input.amount.control", label, Shown.codePoint(cp), EXAMPLES);
            }
            i += Character.charCount(cp);
        }
        if (NOT_A_NUMBER.matcher(t).matches()) {
            return Problem.of("input.amount.notReal", label, Shown.quote(t), EXAMPLES);
        }
        if (PLACEHOLDER.matcher(t).matches()) {
            return Problem.of("input.amount.placeholder", label, Shown.quote(t), EXAMPLES);
        }
        if (t.startsWith("#")) {
            return Problem.of("input.amount.spreadsheetError", label, Shown.quote(t));
        }
        if (t.startsWith("=") || t.startsWith("@") || FORMULA.matcher(t).matches()) {
            return Problem.of("input.amount.formula", label, Shown.quote(t));
        }
        if (RANGE.matcher(t).find()) {
            return Problem.of("input.amount.range", label, Shown.quote(t));
        }
        if (EXPONENT.matcher(t).matches()) {
            return Problem.of("input.amount.exponent", label, Shown.quote(t));
        }
        if (UNDERSCORE.matcher(t).matches()) {
            return Problem.of("input.amount.underscore", label, Shown.quote(t));
        }
        if (OTHER_PERIOD.matcher(t).find()) {
            return Problem.of("input.amount.notYearly", label, Shown.quote(t), EXAMPLES);
        }
        return null;
    }

    private static ParseResult<ParsedAmount> read(String t, Object label, Sign sign) {
        String rest = YEARLY.matcher(t).replaceFirst("").strip();
        boolean negative = false;
        if (rest.startsWith("(") && rest.endsWith(")")) {
            negative = true;
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        int signs = 0;
        String mark = "";
        Set<CurrencyCode> currencies = Set.of();
        for (int pass = 0; pass < 2; pass++) {
            if (!rest.isEmpty() && "-−+".indexOf(rest.charAt(0)) >= 0) {
                negative |= rest.charAt(0) != '+';
                signs++;
                rest = rest.substring(1).strip();
            }
            CurrencyMarks.Found f = mark.isEmpty() ? CurrencyMarks.prefix(rest) : null;
            if (f == null && mark.isEmpty()) {
                f = CurrencyMarks.suffix(rest);
            }
            if (f != null) {
                mark = f.mark();
                currencies = f.currencies();
                rest = f.rest();
            }
        }
        if (signs > 1 || rest.isEmpty()) {
            return notAnAmount(label, Shown.quote(t), Problem.of(signs > 1 ? "input.amount.why.signs" : "input.amount.why.noDigits"));
        }
        Matcher m = MULTIPLIER.matcher(rest);
        BigDecimal multiplier = BigDecimal.ONE;
        if (m.matches()) {
            multiplier = multiplier(m.group(2));
            rest = m.group(1).strip();
        }
        DigitGrouping.Outcome number = DigitGrouping.read(rest, multiplier.compareTo(BigDecimal.ONE) != 0);
        if (number.problem() != null) {
            return ParseResult.problem("input.amount.grouping", label, Shown.quote(t), number.problem());
        }
        BigDecimal value = number.number();
        if (multiplier.compareTo(BigDecimal.ONE) != 0) {
            value = value.multiply(multiplier).stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
        }
        if (value.scale() > 2) {
            return ParseResult.problem("input.amount.decimals", label, Shown.quote(t));
        }
        if (value.compareTo(MAX) > 0) {
            return ParseResult.problem("input.amount.tooLarge", label, Shown.quote(t), format(MAX));
        }
        value = negative ? value.negate() : value;
        if (value.signum() < 0 && sign != Sign.ANY) {
            return ParseResult.problem("input.amount.negative", label, Shown.quote(t), EXAMPLES);
        }
        if (value.signum() == 0 && sign == Sign.POSITIVE) {
            return ParseResult.problem("input.amount.zero", label, EXAMPLES);
        }
        return ParseResult.ok(new ParsedAmount(value, mark, currencies));
    }

    private static BigDecimal multiplier(String word) {
        switch (word) {
            case "万" -> {
                return BigDecimal.valueOf(10_000);
            }
            case "十万" -> {
                return BigDecimal.valueOf(100_000);
            }
            case "百万" -> {
                return BigDecimal.valueOf(1_000_000);
            }
            case "千万" -> {
                return BigDecimal.valueOf(10_000_000);
            }
            case "亿" -> {
                return BigDecimal.valueOf(100_000_000);
            }
            default -> {
                // the Latin words below
            }
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("k") || w.equals("thousand")) {
            return BigDecimal.valueOf(1_000);
        }
        if (w.startsWith("b")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        if (w.startsWith("la")) {
            return BigDecimal.valueOf(100_000);
        }
        if (w.startsWith("cr")) {
            return BigDecimal.valueOf(10_000_000);
        }
        return BigDecimal.valueOf(1_000_000);
    }

    private static ParseResult<ParsedAmount> required(Object label) {
        return ParseResult.problem("input.amount.required", label, EXAMPLES);
    }

    private static ParseResult<ParsedAmount> notAnAmount(Object label, String shown, Problem why) {
        return ParseResult.problem("input.amount.notAnAmount", label, shown, why);
    }
}
