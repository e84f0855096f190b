package io.offerbench.exchange.report;

import io.offerbench.charts.ChartTexts;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.Money;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * How the report writes numbers, dates and codes. Money and percentages go through
 * {@link MoneyFormat} and enum names through the app's message bundle, so the report uses the
 * words the screens use.
 */
final class ReportWords {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    private static final DateTimeFormatter COMMENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private ReportWords() {
    }

    static String money(Money m) {
        return MoneyFormat.format(m);
    }

    /** A weight share (0.1234) as "12.3%". */
    static String share(BigDecimal share) {
        return MoneyFormat.percent(share.multiply(BigDecimal.valueOf(100)));
    }

    /** Points or a raw score with two decimals, as scoring computes them: "16.03". */
    static String points(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "2026-02-01 11:00 CET"; "UTC" rather than "Z" for a clock in UTC. */
    static String generated(ZonedDateTime at) {
        String text = GENERATED.format(at);
        return text.endsWith(" Z") ? text.substring(0, text.length() - 1) + "UTC" : text;
    }

    /**
     * Comment times in UTC whatever the machine's zone, so the student's and the advisor's copies of
     * one comparison print the same report.
     */
    static String commentTime(Instant at) {
        return COMMENT_TIME.format(at.atOffset(ZoneOffset.UTC));
    }

    /** "Frontier AI lab" for OfferType.FRONTIER_LAB: the label the screens show. */
    static String label(Enum<?> value) {
        try {
            return ChartTexts.standard().get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        } catch (MissingResourceException e) {
            String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /** "Research freedom". */
    static String criterion(Criterion c) {
        String words = ScoreComponent.label(c);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "below the band", "within the band", "above the band", "no benchmark to compare with". */
    static String verdict(MarketPosition.Verdict v) {
        return ChartTexts.standard().get("chart.market.verdict." + v.name());
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
