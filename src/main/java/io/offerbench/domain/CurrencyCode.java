package io.offerbench.domain;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An ISO 4217 currency code such as USD or CNY, checked against the JDK's list of currencies. */
public record CurrencyCode(String code) {

    public static final CurrencyCode USD = new CurrencyCode("USD");
    public static final CurrencyCode CNY = new CurrencyCode("CNY");

    public CurrencyCode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Currency must be a three-letter ISO 4217 code such as USD, not '" + code + "'");
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency code '" + code + "' (ISO 4217, for example USD, EUR, GBP, CNY)");
        }
    }

    /** Parses user input leniently as to case and surrounding spaces. */
    public static CurrencyCode of(String text) {
        Objects.requireNonNull(text, "currency");
        return new CurrencyCode(text.strip().toUpperCase(Locale.ROOT));
    }

    public int fractionDigits() {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return code;
    }
}
