package io.offerbench.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallParsersTest {

    @ParameterizedTest
    @CsvSource({"15,15", "15%,15", "' 12.5 % ',12.5", "0,0", "100%,100"})
    void percentAcceptsWithOrWithoutSign(String input, String expected) {
        assertThat(PercentParser.parse(input, "Research freedom").value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-5", "fifteen", "15.125%", "%", "1e2"})
    void percentRefusals(String input) {
        assertThat(PercentParser.parse(input, "Research freedom").message())
                .startsWith("Research freedom ").contains("like 15 or 15%");
    }

    @Test
    void bonusPercentMayExceedHundredWhenAllowed() {
        assertThat(PercentParser.parse("150%", "Annual bonus", BigDecimal.valueOf(1000)).value())
                .isEqualByComparingTo("150");
    }

    @Test
    void intParserChecksRangeAndWholeness() {
        assertThat(IntParser.parse(" 4 ", "Team fit", 1, 5).value()).isEqualTo(4);
        assertThat(IntParser.parse("6", "Team fit", 1, 5).message()).isEqualTo("Team fit must be between 1 and 5, like 3, not 6");
        assertThat(IntParser.parse("3.5", "Team fit", 1, 5).message()).contains("no decimals");
        assertThat(IntParser.parse("99999999999", "Hours per week", 1, 120).message()).startsWith("Hours per week must be");
        assertThat(IntParser.parse("", "Team fit", 1, 5).message()).startsWith("Team fit is required");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-12-01 | 2026-12-01", "2026/12/1 | 2026-12-01", "1 December 2026 | 2026-12-01",
            "1 Dec 2026 | 2026-12-01", "December 1, 2026 | 2026-12-01", "Dec 1st 2026 | 2026-12-01",
            "Sept 30 2026 | 2026-09-30", "2026年12月1日 | 2026-12-01", "2026 年 12 月 1 日 | 2026-12-01",
            "2026年9月30号 | 2026-09-30"})
    void datesInUnambiguousForms(String input, String expected) {
        assertThat(DateParser.parse(input, "Deadline").value()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void dateRefusals() {
        assertThat(DateParser.parse("01/02/2026", "Deadline").message())
                .isEqualTo("Deadline '01/02/2026' is ambiguous: day and month could be either way round;"
                        + " write the year first, like 2026-12-01 or 1 Dec 2026");
        assertThat(DateParser.parse("2026-02-30", "Deadline").message()).contains("not a day of the calendar");
        assertThat(DateParser.parse("1 Smarch 2026", "Deadline").message()).contains("not an English month name");
        assertThat(DateParser.parse("soon", "Deadline").message()).startsWith("Deadline is not a date");
    }
}
