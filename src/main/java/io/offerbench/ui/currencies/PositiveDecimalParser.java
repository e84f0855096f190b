package io.offerbench.ui.currencies;

import io.offerbench.domain.input.ParseResult;
import io.offerbench.ui.common.Messages;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a positive number with as many decimals as it needs: an exchange rate (0.7834 GBP per USD)
 * or a cost-of-living index (112.5). The amount parser's whole-cents rule is right for money but not
 * for these. Grouping commas are accepted (16,250 IDR); a decimal comma ("7,16") is refused as
 * ambiguous, as everywhere else in OfferBench.
 */
final class PositiveDecimalParser {

    private static final int MAX_DECIMALS = 8;
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}|\\d+,\\d{4,}");

    private PositiveDecimalParser() {
    }

    /** {@code example} shows a good value in the messages ("7.16 or 0.92"); values above {@code max} are refused. */
    static ParseResult<BigDecimal> parse(String text, String label, String example, BigDecimal max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ParseResult.error(Messages.get("currencies.error.numberRequired", label, example));
        }
        if (t.startsWith("-") || t.startsWith("\u2212")) {
            return ParseResult.error(Messages.get("currencies.error.numberPositive", label, example));
        }
        if (DECIMAL_COMMA.matcher(t).matches()) {
            return ParseResult.error(Messages.get("currencies.error.decimalComma", label, t.replace(',', '.')));
        }
        if (!NUMBER.matcher(t).matches() || t.equals(".")) {
            return ParseResult.error(Messages.get("currencies.error.notANumber", label, t, example));
        }
        BigDecimal value = new BigDecimal(t.replace(",", ""));
        if (value.scale() > MAX_DECIMALS) {
            return ParseResult.error(Messages.get("currencies.error.tooManyDecimals", label, MAX_DECIMALS));
        }
        if (value.signum() == 0) {
            return ParseResult.error(Messages.get("currencies.error.numberPositive", label, example));
        }
        if (value.compareTo(max) > 0) {
            return ParseResult.error(Messages.get("currencies.error.tooLarge", label, max.toPlainString(), t));
        }
        return ParseResult.ok(value);
    }
}
