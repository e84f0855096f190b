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
 * {@code 120,000/yr}. It never throws: anything it cannot read with certainty comes back as a
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
    private static final String EXAMPLES = "like 185000, 185,000 or 185k";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)n/?a|null|none|nil|tbd|tba|tbc|unknown|\\?+|[-–—.]+|x+");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");
    private static final Pattern RANGE = Pattern.compile("(?i)\\d\\s*[km]?\\s*(-|–|—|~|\\bto\\b)\\s*\\D{0,4}\\d");
    private static final Pattern EXPONENT = Pattern.compile("[+-]?[\\d.,]*\\d\\.?[eE][+-]?\\d+");
    private static final Pattern YEARLY = Pattern.compile(
            "(?i)\\s*(/\\s*(yr|year|y|annum|a)|per\\s+(year|annum)|a\\s+year|p\\.?\\s?a\\.?|annually|yearly)$");
    private static final Pattern OTHER_PERIOD = Pattern.compile(
            "(?i)\\s*(/\\s*(mo|month|hr|hour|h|wk|week|day|d)|(per|an?)\\s+(month|hour|week|day)|monthly|hourly|weekly|daily)$");
    private static final Pattern MULTIPLIER = Pattern.compile(
            "(?i)^(.*[\\d.])\\s*(k|thousand|mm|m|mn|mio|million|millions|bn|b|billion|lakhs?|lacs?|crores?|cr)$");

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
        String label = fieldLabel == null || fieldLabel.isBlank() ? "Amount" : fieldLabel;
        if (text == null) {
            return required(label);
        }
        if (text.length() > MAX_LENGTH) {
            return ParseResult.error(label + " is too long to be an amount (at most " + MAX_LENGTH
                    + " characters); enter an amount " + EXAMPLES);
        }
        String t = clean(text);
        if (t.isEmpty()) {
            return required(label);
        }
        String refusal = refusal(t, label);
        if (refusal != null) {
            return ParseResult.error(refusal);
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
    private static String refusal(String t, String label) {
        String shown = Shown.quote(t);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isDigit(cp) && (cp < '0' || cp > '9')) {
                return label + " contains '" + Character.toString(cp) + "', which is not one of the digits 0-9;"
                        + " type the amount with 0-9, " + EXAMPLES;
            }
            if (Character.getType(cp) == Character.OTHER_NUMBER) {
                return label + " contains '" + Character.toString(cp) + "'; write the amount with the digits 0-9"
                        + " and a decimal point, like 0.5 or 185000";
            }
            if (Character.isISOControl(cp)) {
                return label + " contains a control character (" + Shown.codePoint(cp) + "); enter an amount " + EXAMPLES;
            }
            i += Character.charCount(cp);
        }
        if (NOT_A_NUMBER.matcher(t).matches()) {
            return label + " must be a real amount, not " + shown + "; enter an amount " + EXAMPLES;
        }
        if (PLACEHOLDER.matcher(t).matches()) {
            return label + " needs a figure, not " + shown + "; enter an amount " + EXAMPLES;
        }
        if (t.startsWith("#")) {
            return label + " shows a spreadsheet error or a column too narrow to show the number (" + shown
                    + "); copy the number itself, like 185000";
        }
        if (t.startsWith("=") || t.startsWith("@") || t.matches("\\+.*[-+*/^()].*")) {
            return label + " looks like a spreadsheet formula (" + shown + "); type the resulting amount instead,"
                    + " like 185000";
        }
        if (RANGE.matcher(t).find()) {
            return label + " is a range (" + shown + "); enter one figure, e.g. the midpoint, like 135000";
        }
        if (EXPONENT.matcher(t).matches()) {
            return label + " is in scientific notation (" + shown + "), which a spreadsheet may have rounded;"
                    + " write the amount in full, like 185000";
        }
        if (t.matches(".*\\d_+\\d.*")) {
            return label + " uses '_' between digits (" + shown + "); write it like 1000000 or 1,000,000";
        }
        if (OTHER_PERIOD.matcher(t).find()) {
            return label + " must be a yearly amount, and " + shown + " is per month, week, day or hour;"
                    + " work out the yearly amount and enter it, " + EXAMPLES;
        }
        return null;
    }

    private static ParseResult<ParsedAmount> read(String t, String label, Sign sign) {
        String shown = Shown.quote(t);
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
            return notAnAmount(label, shown, signs > 1 ? "it has more than one sign" : "it has no digits");
        }
        Matcher m = MULTIPLIER.matcher(rest);
        BigDecimal multiplier = BigDecimal.ONE;
        if (m.matches()) {
            multiplier = multiplier(m.group(2));
            rest = m.group(1).strip();
        }
        DigitGrouping.Outcome number = DigitGrouping.read(rest, multiplier.compareTo(BigDecimal.ONE) != 0);
        if (number.problem() != null) {
            return ParseResult.error(label + " (" + shown + ") " + number.problem());
        }
        BigDecimal value = number.number();
        if (multiplier.compareTo(BigDecimal.ONE) != 0) {
            value = value.multiply(multiplier).stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
        }
        if (value.scale() > 2) {
            return ParseResult.error(label + " has more than 2 decimal places (" + shown
                    + "); round it to whole cents, like 50000.01");
        }
        if (value.compareTo(MAX) > 0) {
            return ParseResult.error(label + " is too large (" + shown + "); the largest amount accepted is "
                    + format(MAX));
        }
        value = negative ? value.negate() : value;
        if (value.signum() < 0 && sign != Sign.ANY) {
            return ParseResult.error(label + " cannot be negative (" + shown + "); enter a positive amount, " + EXAMPLES);
        }
        if (value.signum() == 0 && sign == Sign.POSITIVE) {
            return ParseResult.error(label + " must be more than zero; enter an amount " + EXAMPLES);
        }
        return ParseResult.ok(new ParsedAmount(value, mark, currencies));
    }

    private static BigDecimal multiplier(String word) {
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

    private static ParseResult<ParsedAmount> required(String label) {
        return ParseResult.error(label + " is required: enter an amount " + EXAMPLES);
    }

    private static ParseResult<ParsedAmount> notAnAmount(String label, String shown, String why) {
        return ParseResult.error(label + " is not an amount (" + shown + "): " + why + "; write it "
                + "like 185000, 185,000, $185,000 or 185k");
    }
}
