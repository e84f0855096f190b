package io.offerbench.domain;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** An ISO 4217 currency code such as USD or CNY, checked against the JDK's list of currencies. */
public record CurrencyCode(String code) {

    public static final CurrencyCode USD = new CurrencyCode("USD");
    public static final CurrencyCode CNY = new CurrencyCode("CNY");

    public CurrencyCode {
        Objects.requireNonNull(code, "code");
        if (!threeCapitals(code)) {
            throw Refusal.of("currency.notThreeLetters", code);
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw Refusal.of("currency.unknown", code);
        }
    }

    /** Whether {@code code} is three letters A to Z (what the pattern {@code [A-Z]{3}} matches, without compiling it per code). */
    private static boolean threeCapitals(String code) {
        return code.length() == 3 && capital(code.charAt(0)) && capital(code.charAt(1)) && capital(code.charAt(2));
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * What people write for a currency instead of its ISO code: "RMB" and "元" are the yuan (CNY), as is
     * "人民币"; "美元" the US dollar. Symbols shared by several currencies ("$", "¥") are not codes.
     */
    private static final Map<String, String> NAMES = Map.of(
            "RMB", "CNY", "元", "CNY", "人民币", "CNY", "人民币元", "CNY", "CN¥", "CNY",
            "美元", "USD", "欧元", "EUR", "英镑", "GBP", "日元", "JPY", "港币", "HKD");

    /** Parses user input leniently as to case and surrounding spaces, and takes "RMB" and "元" for CNY. */
    public static CurrencyCode of(String text) {
        Objects.requireNonNull(text, "currency");
        String code = text.strip().toUpperCase(Locale.ROOT);
        return new CurrencyCode(NAMES.getOrDefault(code, code));
    }

    public int fractionDigits() {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return code;
    }
}
