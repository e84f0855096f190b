package io.offerbench.exchange.report;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Money;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.text.Formats;
import io.offerbench.text.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * How the report writes numbers, dates and codes, in the language texts are shown in ({@link Texts}): money and
 * dates through {@link Formats}, enum names and criteria through the one bundle, so the report uses the words the
 * screens use and one name per criterion.
 */
final class ReportWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.ROOT);

    private ReportWords() {
    }

    /** A report's text: {@code report.KEY} in the chosen language. */
    static String text(String key, Object... args) {
        return Texts.get("report." + key, args);
    }

    static String money(Money m) {
        return Formats.amount(m);
    }

    /** A weight share (0.1234) as "12.3%". */
    static String share(BigDecimal share) {
        return MoneyFormat.percent(share.multiply(BigDecimal.valueOf(100)));
    }

    /** Points or a raw score with two decimals, as scoring computes them: "16.03". */
    static String points(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "2026-02-01 11:00 CET", "2026年2月1日 11:00 CET"; "UTC" rather than "Z" for a clock in UTC. */
    static String generated(ZonedDateTime at) {
        String zone = ZONE.format(at);
        return Formats.date(at.toLocalDate()) + " " + TIME.format(at) + " " + ("Z".equals(zone) ? "UTC" : zone);
    }

    /**
     * Comment times in UTC whatever the machine's zone, so the student's and the advisor's copies of
     * one comparison print the same report.
     */
    static String commentTime(Instant at) {
        return generated(at.atZone(ZoneOffset.UTC));
    }

    /** "Frontier AI lab" for OfferType.FRONTIER_LAB: the label the screens show. */
    static String label(Enum<?> value) {
        try {
            return Texts.label(value);
        } catch (MissingResourceException e) {
            String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /** "Research freedom": the criterion's one name, as the screens show it. */
    static String criterion(Criterion c) {
        return Texts.get("criterion." + c.name());
    }

    /** "below the band", "within the band", "above the band", "no benchmark to compare with". */
    static String verdict(MarketPosition.Verdict v) {
        return Texts.get("chart.market.verdict." + v.name());
    }

    /** Items joined as the language lists them: "a, b, c" or "a、b、c". */
    static String list(List<String> items) {
        return String.join(text("list.separator"), items);
    }
}
