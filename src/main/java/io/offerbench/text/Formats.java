package io.offerbench.text;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Money;
import io.offerbench.scoring.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Money and dates as the chosen language writes them, one style per language everywhere:
 * English "$310,000", "CNY 1,540,000" and "2026-12-01", Chinese "¥1,540,000" and "2026年12月1日". Input reads both
 * (see {@code domain.input}).
 */
public final class Formats {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private Formats() {
    }

    /** "$310,000" and "CNY 1,540,000" in English, "US$310,000" and "¥1,540,000" in Chinese; cents only when there are any. */
    public static String money(BigDecimal amount, CurrencyCode currency) {
        return money(amount, currency, Texts.language());
    }

    public static String money(BigDecimal amount, CurrencyCode currency, Language language) {
        int digits = amount.scale() > 0 && amount.stripTrailingZeros().scale() > 0 ? Math.max(2, currency.fractionDigits()) : 0;
        BigDecimal shown = amount.setScale(digits, RoundingMode.HALF_EVEN);
        if (language == Language.SIMPLIFIED_CHINESE) {
            return CHINESE_MONEY.get().computeIfAbsent(currency.code() + "/" + digits, key -> {
                NumberFormat f = NumberFormat.getCurrencyInstance(Locale.SIMPLIFIED_CHINESE);
                f.setCurrency(Currency.getInstance(currency.code()));
                f.setMaximumFractionDigits(digits);
                f.setMinimumFractionDigits(digits);
                return f;
            }).format(shown);
        }
        String grouped = digits == 0 ? groupedWhole(shown) : GROUPED.get().computeIfAbsent(digits, d -> new DecimalFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d),
                DecimalFormatSymbols.getInstance(Locale.US))).format(shown);
        return CurrencyCode.USD.equals(currency) ? "$" + grouped : currency.code() + " " + grouped;
    }

    /** A whole amount as {@code #,##0} writes it in English ("-1,234,567"), without a formatter. */
    static String groupedWhole(BigDecimal whole) {
        String plain = whole.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int length = plain.length() - start;
        StringBuilder sb = new StringBuilder(plain.length() + length / 3);
        sb.append(plain, 0, start);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(start + i));
        }
        return sb.toString();
    }

    /*
     * The number formats, made once per thread (they are not thread-safe) rather than once per amount: a table of
     * 10,000 offers writes some 30,000 amounts (bench/startup.sh's `score`, the offers table as it scrolls).
     */
    private static final ThreadLocal<java.util.Map<Integer, DecimalFormat>> GROUPED = ThreadLocal.withInitial(java.util.HashMap::new);
    private static final ThreadLocal<java.util.Map<String, NumberFormat>> CHINESE_MONEY = ThreadLocal.withInitial(java.util.HashMap::new);

    /** The sign Chinese writes before an amount: "US$", "¥", "€", or the code and a space ("CHF "). */
    public static String sign(CurrencyCode currency) {
        String one = money(BigDecimal.ONE, currency, Language.SIMPLIFIED_CHINESE);
        return one.substring(0, one.length() - 1);
    }

    /** Rounded to whole units, for figures computed from others (converted, averaged): "US$243,017". */
    public static String wholeMoney(BigDecimal amount, CurrencyCode currency) {
        return money(amount.setScale(0, RoundingMode.HALF_EVEN), currency, Texts.language());
    }

    /**
     * A figure in a sentence or a report cell, whole units: English as scoring writes it ("$310,000", "CNY 1,540,000"),
     * Chinese with its signs ("US$310,000", "¥1,540,000").
     */
    public static String amount(Money money) {
        if (money == null) {
            return "";
        }
        return Texts.language() == Language.SIMPLIFIED_CHINESE
                ? money(money.amount().setScale(0, RoundingMode.HALF_EVEN), money.currency(), Language.SIMPLIFIED_CHINESE)
                : MoneyFormat.format(money);
    }

    /**
     * A figure inside a sentence (an explanation, a hint, a note), whole units: English "$310,000" and "CNY 1,540,000";
     * Chinese counts in 万 and 亿 as a Chinese reader does ("US$31 万", "¥154 万", "US$100 亿"), to two decimals at most,
     * and writes smaller amounts in digits ("US$8,500").
     */
    public static String inSentence(Money money) {
        if (money == null) {
            return "";
        }
        if (Texts.language() != Language.SIMPLIFIED_CHINESE) {
            return MoneyFormat.format(money);
        }
        BigDecimal whole = money.amount().setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal size = whole.abs();
        String sign = sign(money.currency());
        if (size.compareTo(YI) >= 0) {
            return sign + Texts.get("benchmark.money.yi", counted(whole, YI));
        }
        if (size.compareTo(WAN) >= 0) {
            return sign + Texts.get("benchmark.money.wan", counted(whole, WAN));
        }
        return money(whole, money.currency(), Language.SIMPLIFIED_CHINESE);
    }

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /** 215,084 in 万 as "21.51". */
    private static String counted(BigDecimal amount, BigDecimal unit) {
        BigDecimal n = amount.divide(unit, 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(n);
    }

    public static String date(LocalDate date) {
        return date(date, Texts.language());
    }

    public static String date(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        return (language == Language.SIMPLIFIED_CHINESE ? CHINESE_DATE : ENGLISH_DATE).format(date);
    }

    /**
     * A publication date as a document gives it ("2023-10-11", "2024-12", "2025"): a whole ISO date in the chosen
     * language's style, anything less exact as written.
     */
    public static String published(String given) {
        if (given == null) {
            return "";
        }
        try {
            return date(LocalDate.parse(given.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            String t = given.strip();
            return Texts.language() == Language.SIMPLIFIED_CHINESE && t.matches("\\d{4}") ? t + "年" : t;
        }
    }

    /** "2026-12-01 18:32:05", "2026年12月1日 18:32:05": for backups, which can be seconds apart. */
    public static String dateTimeWithSeconds(LocalDateTime at) {
        return at == null ? "" : date(at.toLocalDate()) + " " + SECONDS.format(at);
    }

    /** "2026-12-01 18:32", "2026年12月1日 18:32". */
    public static String dateTime(LocalDateTime at) {
        return at == null ? "" : date(at.toLocalDate()) + " " + TIME.format(at);
    }
}
