package io.offerbench.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How an amount is written into an input field (money and dates as the language shows them are in
 * {@code io.offerbench.text.Formats}). Amounts use a comma for thousands and a dot for decimals whatever
 * the machine's locale, because that is also the form the amount fields read back without ambiguity.
 */
public final class Formats {

    private Formats() {
    }

    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        return f.format(value);
    }

}
