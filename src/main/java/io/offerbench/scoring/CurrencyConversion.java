package io.offerbench.scoring;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.ExchangeRate;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The rate used to bring an offer's amounts into the home currency, kept so the user can see it.
 *
 * @param homePerUnit how many units of {@code to} one unit of {@code from} is worth
 * @param note        e.g. "1 CNY = 0.139665 USD (7.16 CNY per USD, source: ...)"
 */
public record CurrencyConversion(CurrencyCode from, CurrencyCode to, BigDecimal homePerUnit, String note) {

    public static CurrencyConversion between(CurrencyTable table, CurrencyCode from, CurrencyCode to) {
        if (from.equals(to)) {
            return new CurrencyConversion(from, to, BigDecimal.ONE, "No conversion: the offer is in " + to);
        }
        ExchangeRate f = table.rate(from).orElseThrow(() -> missing(from));
        ExchangeRate t = table.rate(to).orElseThrow(() -> missing(to));
        BigDecimal rate = t.perUsd().divide(f.perUsd(), MathContext.DECIMAL64);
        String shown = rate.round(new MathContext(6)).stripTrailingZeros().toPlainString();
        String note = "1 " + from + " = " + shown + " " + to + " (" + describe(f) + (to.equals(CurrencyCode.USD) ? "" : "; " + describe(t)) + ")";
        return new CurrencyConversion(from, to, rate, note);
    }

    private static String describe(ExchangeRate r) {
        String source = r.source().isBlank() ? "" : ", source: " + r.source();
        return r.perUsd().stripTrailingZeros().toPlainString() + " " + r.currency() + " per USD as of " + r.asOf() + source;
    }

    private static IllegalArgumentException missing(CurrencyCode c) {
        return new IllegalArgumentException("No exchange rate for " + c + ": add one in the currency table");
    }
}
