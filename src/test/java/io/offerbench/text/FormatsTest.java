package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.input.DateParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One style per language, and every date the window writes reads back. */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void chineseWritesYuanWithItsSignAndDatesTheChineseWay() {
        Language zh = Language.SIMPLIFIED_CHINESE;
        assertThat(Formats.money(new BigDecimal("1540000"), CurrencyCode.CNY, zh)).isEqualTo("¥1,540,000");
        assertThat(Formats.money(new BigDecimal("310000"), CurrencyCode.USD, zh)).isEqualTo("US$310,000");
        assertThat(Formats.date(DAY, zh)).isEqualTo("2026年12月1日");
    }

    @Test
    void wholeAmountsAreGroupedExactlyAsTheNumberFormatGroupsThem() {
        java.text.DecimalFormat grouped = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        for (String amount : new String[] {"0", "7", "999", "1000", "-1000", "-999", "12345", "100000", "1234567", "-98765432",
                "1E+3", "123456789012345678901234567890"}) {
            BigDecimal whole = new BigDecimal(amount).setScale(0, java.math.RoundingMode.HALF_EVEN);
            assertThat(Formats.groupedWhole(whole)).as(amount).isEqualTo(grouped.format(whole));
        }
        assertThat(Formats.money(new BigDecimal("-1234"), CurrencyCode.USD, Language.ENGLISH)).isEqualTo("$-1,234");
        assertThat(Formats.wholeMoney(new BigDecimal("166666.67"), CurrencyCode.USD)).isEqualTo("$166,667");
    }

    @Test
    void englishKeepsCodesAndIsoDates() {
        Language en = Language.ENGLISH;
        assertThat(Formats.money(new BigDecimal("1540000"), CurrencyCode.CNY, en)).isEqualTo("CNY 1,540,000");
        assertThat(Formats.money(new BigDecimal("310000"), CurrencyCode.USD, en)).isEqualTo("$310,000");
        assertThat(Formats.money(new BigDecimal("95000.5"), new CurrencyCode("EUR"), en)).isEqualTo("EUR 95,000.50");
        assertThat(Formats.date(DAY, en)).isEqualTo("2026-12-01");
    }

    /** The window's tables, panels and key figures write money as the chosen language does: only through this class. */
    @Test
    void theWindowWritesMoneyOnlyThroughFormats() throws java.io.IOException {
        java.util.List<String> others;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/io/offerbench/ui"))) {
            others = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String code = java.nio.file.Files.readString(p);
                    return code.contains("MoneyFormat.format(") || code.contains("MoneyFormat::format") || code.contains("ISO_LOCAL_DATE");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(java.nio.file.Path::toString).toList();
        }
        assertThat(others).as("money written as English, or ISO dates, in the window").isEmpty();
    }

    @Test
    void whatEitherLanguageWritesReadsBack() {
        for (Language l : Language.values()) {
            assertThat(DateParser.parse(Formats.date(DAY, l), "Deadline").value()).as(l.name()).isEqualTo(DAY);
        }
    }
}
