package io.offerbench.domain.input;

import io.offerbench.domain.CurrencyCode;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Currency symbols and codes people write before or after an amount. Longer marks come first so
 * "US$" wins over "$". Letter marks ("CHF", "kr") only count when not glued to other letters, so
 * "1.2 million" is not read as the code "ION".
 */
final class CurrencyMarks {

    /** A mark found at one end of the text, and the text left once it is removed. */
    record Found(String mark, Set<CurrencyCode> currencies, String rest) {
    }

    private static final Map<String, Set<CurrencyCode>> SYMBOLS = new LinkedHashMap<>();
    /** The marks made of letters ("RMB", "kr"), which match ignoring case and only apart from other letters. */
    private static final Set<String> LETTER_MARKS = new HashSet<>();

    static {
        put("US$", "USD");
        put("CA$", "CAD");
        put("AU$", "AUD");
        put("NZ$", "NZD");
        put("HK$", "HKD");
        put("CN¥", "CNY");
        put("RMB", "CNY");
        put("C$", "CAD");
        put("A$", "AUD");
        put("S$", "SGD");
        put("R$", "BRL");
        put("Fr.", "CHF");
        put("Rs.", "INR", "PKR", "LKR", "NPR");
        put("Rs", "INR", "PKR", "LKR", "NPR");
        put("kr", "SEK", "NOK", "DKK", "ISK");
        put("zł", "PLN");
        put("$", "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD");
        put("£", "GBP");
        put("€", "EUR");
        put("¥", "JPY", "CNY");
        put("人民币元", "CNY");
        put("人民币", "CNY");
        put("美元", "USD");
        put("港元", "HKD");
        put("港币", "HKD");
        put("欧元", "EUR");
        put("日元", "JPY");
        put("英镑", "GBP");
        put("元", "CNY");
        put("円", "JPY");
        put("₹", "INR");
        put("₽", "RUB");
        put("₩", "KRW");
        put("₪", "ILS");
        put("₺", "TRY");
    }

    private CurrencyMarks() {
    }

    private static void put(String mark, String... codes) {
        if (isLetters(mark)) {
            LETTER_MARKS.add(mark);
        }
        SYMBOLS.put(mark, Stream.of(codes).map(CurrencyCode::new).collect(Collectors.toUnmodifiableSet()));
    }

    static Found prefix(String text) {
        for (Map.Entry<String, Set<CurrencyCode>> e : SYMBOLS.entrySet()) {
            String m = e.getKey();
            boolean letters = LETTER_MARKS.contains(m);
            if (text.regionMatches(letters, 0, m, 0, m.length())
                    && !(letters && letterAt(text, m.length()))) {
                return new Found(text.substring(0, m.length()), e.getValue(), text.substring(m.length()).strip());
            }
        }
        if (text.length() >= 3 && isIsoCode(text.substring(0, 3)) && !letterAt(text, 3)) {
            return iso(text.substring(0, 3), text.substring(3).strip());
        }
        return null;
    }

    static Found suffix(String text) {
        for (Map.Entry<String, Set<CurrencyCode>> e : SYMBOLS.entrySet()) {
            String m = e.getKey();
            int at = text.length() - m.length();
            boolean letters = LETTER_MARKS.contains(m);
            if (at >= 0 && text.regionMatches(letters, at, m, 0, m.length())
                    && !(letters && letterAt(text, at - 1))) {
                return new Found(text.substring(at), e.getValue(), text.substring(0, at).strip());
            }
        }
        int at = text.length() - 3;
        if (at >= 0 && isIsoCode(text.substring(at)) && !letterAt(text, at - 1)) {
            return iso(text.substring(at), text.substring(0, at).strip());
        }
        return null;
    }

    private static Found iso(String code, String rest) {
        CurrencyCode c = new CurrencyCode(code.toUpperCase(Locale.ROOT));
        return new Found(code, Set.of(c), rest);
    }

    private static boolean isIsoCode(String s) {
        if (!s.chars().allMatch(ch -> (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))) {
            return false;
        }
        try {
            Currency.getInstance(s.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isLetters(String mark) {
        return mark.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch) || ch == '.');
    }

    private static boolean letterAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetter(text.charAt(index));
    }
}
