package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.text.Formats;
import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Benchmark figures and codes in words of the chosen language ("$500,000–$600,000 per year", "upwards of $500,000
 * per year", "2–5×"; "每年 ¥1,540,000 以上"), for the generated documentation (written in English) and for every screen,
 * the report and the command line that list benchmarks. The words are in the bundle ({@code benchmark.*}).
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
            return Texts.get("benchmark.figure.qualitative");
        }
        if (b.metric() == Metric.EXCHANGE_RATE) {
            return Texts.get("benchmark.figure.rate", number(b.low()), b.currency());
        }
        String range;
        if (b.low() != null && b.high() != null) {
            range = b.isRange() ? rangeOf(b) : value(b, b.low());
        } else if (b.low() != null) {
            range = Texts.get(b.currency() != null ? "benchmark.figure.upwards" : "benchmark.figure.atLeast", value(b, b.low()));
        } else {
            range = Texts.get("benchmark.figure.under", value(b, b.high()));
        }
        return suffix(b, range);
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
        if (b.unit() == BenchmarkUnit.PERCENT) {
            return number(amount) + "%";
        }
        return b.unit() == BenchmarkUnit.RATIO ? number(amount) + "\u00d7" : number(amount);
    }

    private static String suffix(Benchmark b, String range) {
        String shown = b.metric() == Metric.PEOPLE_COUNT ? Texts.get("benchmark.figure.people", range) : range;
        if (b.unit() == BenchmarkUnit.PER_YEAR) {
            return Texts.get("benchmark.figure.perYear", shown);
        }
        return b.unit() == BenchmarkUnit.ONE_OFF ? Texts.get("benchmark.figure.once", shown) : shown;
    }

    /** Money in words: "$850,000", "$1.3 billion", "1.54 million CNY"; in Chinese "¥154 万", "US$13 亿". */
    public static String money(BigDecimal amount, CurrencyCode currency) {
        boolean chinese = Texts.language() == Language.SIMPLIFIED_CHINESE;
        String digits;
        if (chinese && amount.abs().compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
            digits = Texts.get("benchmark.money.yi", number(amount.divide(BigDecimal.valueOf(100_000_000))));
        } else if (chinese && amount.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            digits = Texts.get("benchmark.money.wan", number(amount.divide(BigDecimal.valueOf(10_000))));
        } else if (amount.abs().compareTo(BILLION) >= 0) {
            digits = Texts.get("benchmark.money.billion", number(amount.divide(BILLION)));
        } else if (amount.abs().compareTo(MILLION) >= 0) {
            digits = Texts.get("benchmark.money.million", number(amount.divide(MILLION)));
        } else {
            digits = number(amount);
        }
        if (chinese) {
            return Formats.sign(currency) + digits;
        }
        return CurrencyCode.USD.equals(currency) ? "$" + digits : digits + " " + currency.code();
    }

    /** A number with thousands separators and no needless trailing zeros: 10,000 or 7.16. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value.stripTrailingZeros());
    }

    /** "Frontier AI labs": a segment as a benchmark row's group of employers. */
    public static String segment(Segment segment) {
        return Texts.get("benchmark.segment." + segment.name());
    }

    public static String metric(Metric metric) {
        return Texts.get("benchmark.metric." + metric.name());
    }

    /** "any seniority" when the row applies to everyone. */
    public static String seniority(Seniority seniority) {
        return Texts.get(seniority == null ? "benchmark.seniority.any" : "benchmark.seniority." + seniority.name());
    }
}
