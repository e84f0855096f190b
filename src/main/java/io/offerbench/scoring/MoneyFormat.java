package io.offerbench.scoring;

import io.offerbench.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats amounts for the sentences scoring writes: "$410,000" or "CNY 1,540,000", whole units. */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static String format(Money money) {
        String digits = grouped(money.amount().setScale(0, RoundingMode.HALF_EVEN));
        return money.currency().code().equals("USD") ? "$" + digits : money.currency().code() + " " + digits;
    }

    /** A percentage with at most one decimal: "18%", "12.5%". */
    public static String percent(BigDecimal p) {
        BigDecimal r = p.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + "%";
    }

    private static String grouped(BigDecimal whole) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(whole);
    }
}
