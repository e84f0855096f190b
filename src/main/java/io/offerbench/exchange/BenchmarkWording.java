package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Benchmark figures and codes in plain English ("$500,000–$600,000 per year", "upwards of $500,000 per
 * year", "2–5×"), for the generated documentation and for any screen that lists benchmarks.
 */
public final class BenchmarkWording {

    private static final BigDecimal MILLION = new BigDecimal(1_000_000);
    private static final BigDecimal BILLION = new BigDecimal(1_000_000_000);
    private static final String EN_DASH = "\u2013";

    private BenchmarkWording() {
    }

    /** The figure in words; qualitative signals say so rather than showing an empty number. */
    public static String figure(Benchmark b) {
        if (b.low() == null && b.high() == null) {
            return "no figure: a qualitative signal";
        }
        if (b.metric() == Metric.EXCHANGE_RATE) {
            return number(b.low()) + " " + b.currency() + " per US dollar";
        }
        String range;
        if (b.low() != null && b.high() != null) {
            range = b.isRange() ? rangeOf(b) : value(b, b.low());
        } else if (b.low() != null) {
            range = (b.currency() != null ? "upwards of " : "at least ") + value(b, b.low());
        } else {
            range = "under " + value(b, b.high());
        }
        return range + suffix(b);
    }

    /** Money repeats its symbol ("$500,000–$600,000"); shares and ratios carry it once ("2–5×", "50–60%"). */
    private static String rangeOf(Benchmark b) {
        if (b.currency() != null) {
            return value(b, b.low()) + EN_DASH + value(b, b.high());
        }
        return number(b.low()) + EN_DASH + value(b, b.high());
    }

    private static String value(Benchmark b, BigDecimal amount) {
        if (b.currency() != null) {
            return money(amount, b.currency());
        }
        return switch (b.unit()) {
            case "percent" -> number(amount) + "%";
            case "ratio" -> number(amount) + "\u00d7";
            default -> number(amount);
        };
    }

    private static String suffix(Benchmark b) {
        String unit = switch (b.unit()) {
            case "per_year" -> " per year";
            case "one_off" -> " paid once";
            default -> "";
        };
        if (b.metric() == Metric.PEOPLE_COUNT) {
            unit += " people";
        }
        return unit;
    }

    /** Money in words: "$850,000", "$1.3 billion", "1.54 million CNY". */
    public static String money(BigDecimal amount, CurrencyCode currency) {
        String digits;
        if (amount.abs().compareTo(BILLION) >= 0) {
            digits = number(amount.divide(BILLION)) + " billion";
        } else if (amount.abs().compareTo(MILLION) >= 0) {
            digits = number(amount.divide(MILLION)) + " million";
        } else {
            digits = number(amount);
        }
        return CurrencyCode.USD.equals(currency) ? "$" + digits : digits + " " + currency.code();
    }

    /** A number with thousands separators and no needless trailing zeros: 10,000 or 7.16. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value.stripTrailingZeros());
    }

    public static String segment(Segment segment) {
        return switch (segment) {
            case FRONTIER_LAB -> "Frontier AI labs";
            case BIG_TECH -> "Big tech research";
            case AI_STARTUP -> "AI startups and private AI companies";
            case QUANT_FIRM -> "Quantitative trading firms";
            case ACADEMIA -> "Academia";
            case NONPROFIT_INSTITUTE -> "Non-profit research institutes";
            case CHINA_LAB -> "Labs and startups in China";
            case LAB_ELSEWHERE -> "AI labs outside the US and China";
            case AI_MARKET -> "The AI job market as a whole";
        };
    }

    public static String metric(Metric metric) {
        return switch (metric) {
            case TOTAL_PACKAGE -> "Total package per year";
            case BASE_SALARY -> "Base salary";
            case ANNUAL_INCOME -> "Annual income (components not stated)";
            case SIGN_ON_BONUS -> "Sign-on bonus";
            case PAY_RATIO -> "Pay ratio";
            case TIME_SHARE -> "Share of working time";
            case PEOPLE_SHARE -> "Share of people";
            case PEOPLE_COUNT -> "Number of people";
            case MONEY_FLOW -> "Money that is not pay";
            case EXCHANGE_RATE -> "Exchange rate";
            case MARKET_SIGNAL -> "Market signals";
        };
    }

    /** "any seniority" when the row applies to everyone. */
    public static String seniority(Seniority seniority) {
        if (seniority == null) {
            return "any seniority";
        }
        return switch (seniority) {
            case NEW_GRAD_PHD -> "new-grad PhD";
            case POSTDOC -> "postdoc";
            case EXPERIENCED_RESEARCHER -> "experienced researcher";
            case SENIOR_STAFF -> "senior staff";
        };
    }
}
