package io.offerbench.scoring;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Refusal;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The rate used to bring an offer's amounts into the home currency, kept so the user can see it
 * ({@code text.ConversionWords}: "1 CNY = 0.139665 USD (7.16 CNY per USD as of …)").
 *
 * @param homePerUnit how many units of {@code to} one unit of {@code from} is worth
 * @param fromRate    the table's rate for {@code from}; null when no conversion was needed
 * @param toRate      the table's rate for {@code to}; null when no conversion was needed
 */
public record CurrencyConversion(CurrencyCode from, CurrencyCode to, BigDecimal homePerUnit, ExchangeRate fromRate,
        ExchangeRate toRate) {

    public static CurrencyConversion between(CurrencyTable table, CurrencyCode from, CurrencyCode to) {
        if (from.equals(to)) {
            return new CurrencyConversion(from, to, BigDecimal.ONE, null, null);
        }
        ExchangeRate f = table.rate(from).orElseThrow(() -> missing(from));
        ExchangeRate t = table.rate(to).orElseThrow(() -> missing(to));
        return new CurrencyConversion(from, to, t.perUsd().divide(f.perUsd(), MathContext.DECIMAL64), f, t);
    }

    /** No conversion: the offer is in the home currency. */
    public boolean identity() {
        return from.equals(to);
    }

    private static Refusal missing(CurrencyCode c) {
        return Refusal.of("currency.noRate", c.code());
    }
}
