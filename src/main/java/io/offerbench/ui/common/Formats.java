package io.offerbench.ui.common;

import io.offerbench.domain.CurrencyCode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts and dates are shown. Amounts use a comma for thousands and a dot for decimals whatever
 * the machine's locale, because that is also the form the amount fields read back without ambiguity.
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

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

    public static String money(BigDecimal value, CurrencyCode currency) {
        return value == null ? "" : currency.code() + " " + amount(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
