package io.offerbench.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every line of the shared numbers corpus, with the outcome a person would expect: the amount they
 * meant (and the currency mark they wrote), or a refusal whose message names the field and contains
 * the given reason.
 */
class AmountParserNumbersCorpusTest {

    private static List<String> lines;

    @BeforeAll
    static void readCorpus() throws IOException {
        Path file = Path.of(System.getProperty("offerbench.corpora"), "numbers.txt");
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        // The file ends with a newline; every line before it is an input, including the blank ones.
        lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    @Test
    void corpusHasTheNinetySixDocumentedLines() {
        assertThat(lines).hasSize(96);
        assertThat(lines.get(0)).isEmpty();
        // Line 4 is a no-break space and a space, which Java's isBlank() does not count as blank.
        assertThat(lines.subList(1, 4)).allSatisfy(l -> assertThat(l).isNotEmpty()
                .matches(s -> s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)), "all spaces"));
    }

    @Test
    void everyCorpusLineHasAnExpectationBelow() throws Exception {
        CsvSource table = getClass().getDeclaredMethod("eachLine", int.class, String.class, String.class)
                .getAnnotation(CsvSource.class);
        assertThat(table.value()).hasSize(96);
    }

    @ParameterizedTest(name = "line {0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "1  | refused | is required",
            "2  | refused | is required",
            "3  | refused | is required",
            "4  | refused | is required",
            "5  | 200000 |",
            "6  | 200000 |",
            "7  | 200000 |",
            "8  | 100000 |",
            "9  | 100000 |",
            "10 | refused | must be more than zero",
            "11 | refused | must be more than zero",
            "12 | refused | must be more than zero",
            "13 | 100000 |",
            "14 | refused | cannot be negative",
            "15 | refused | cannot be negative",
            "16 | refused | cannot be negative",
            "17 | refused | more than one sign",
            "18 | refused | '-' is not part of a number",
            "19 | 12 |",
            "20 | 12 |",
            "21 | 0.5 |",
            "22 | refused | ambiguous",
            "23 | refused | could mean 1000 or 1.000",
            "24 | refused | like 1000000.00",
            "25 | 1000000.00 |",
            "26 | 1000000.00 | $",
            "27 | 120000 | $",
            "28 | 1000000 |",
            "29 | 1000000 |",
            "30 | 1200000 | ₹",
            "31 | refused | more than one decimal point",
            "32 | refused | group the digits in threes",
            "33 | refused | more than one decimal point",
            "34 | refused | could mean 85000 or 85.000",
            "35 | refused | could mean 85000 or 85.000",
            "36 | 100000 | ₽",
            "37 | 1000 | CHF",
            "38 | 100000 | USD",
            "39 | 60000 | £",
            "40 | 1540000 | ¥",
            "41 | 150000 |",
            "42 | 150000 |",
            "43 | 1200000 |",
            "44 | 1200000 |",
            "45 | refused | enter one figure, e.g. the midpoint",
            "46 | refused | enter one figure, e.g. the midpoint",
            "47 | refused | is not part of a number",
            "48 | refused | not one of the digits 0-9",
            "49 | refused | not one of the digits 0-9",
            "50 | refused | not one of the digits 0-9",
            "51 | refused | not one of the digits 0-9",
            "52 | refused | not one of the digits 0-9",
            "53 | refused | contains '½'",
            "54 | refused | '/' is not part of a number",
            "55 | refused | contains '²'",
            "56 | refused | scientific notation",
            "57 | refused | scientific notation",
            "58 | refused | scientific notation",
            "59 | refused | scientific notation",
            "60 | refused | scientific notation",
            "61 | refused | scientific notation",
            "62 | refused | scientific notation",
            "63 | refused | scientific notation",
            "64 | refused | scientific notation",
            "65 | refused | more than 2 decimal places",
            "66 | refused | more than 2 decimal places",
            "67 | refused | too large",
            "68 | refused | too long",
            "69 | 2147483647 |",
            "70 | 2147483648 |",
            "71 | refused | too large",
            "72 | refused | too large",
            "73 | refused | too large",
            "74 | refused | 'x' is not part of a number",
            "75 | refused | uses '_'",
            "76 | refused | must be a real amount",
            "77 | refused | must be a real amount",
            "78 | refused | must be a real amount",
            "79 | refused | must be a real amount",
            "80 | refused | must be a real amount",
            "81 | refused | 'd' is not part of a number",
            "82 | refused | 'f' is not part of a number",
            "83 | refused | needs a figure",
            "84 | refused | needs a figure",
            "85 | refused | needs a figure",
            "86 | refused | needs a figure",
            "87 | refused | needs a figure",
            "88 | refused | needs a figure",
            "89 | refused | has no digits",
            "90 | refused | spreadsheet formula",
            "91 | refused | spreadsheet formula",
            "92 | refused | spreadsheet formula",
            "93 | refused | spreadsheet error",
            "94 | refused | spreadsheet error",
            "95 | refused | 'e' is not part of a number",
            "96 | refused | 'e' is not part of a number",
    })
    void eachLine(int lineNumber, String expected, String detail) {
        String input = lines.get(lineNumber - 1);

        ParseResult<ParsedAmount> result = AmountParser.parse(input, "Base salary");

        if (expected.equals("refused")) {
            assertThat(result.isOk()).as("line %d should be refused", lineNumber).isFalse();
            assertThat(result.message()).startsWith("Base salary").contains(detail);
        } else {
            assertThat(result.isOk()).as("line %d: %s", lineNumber, result.message()).isTrue();
            assertThat(result.value().value()).isEqualByComparingTo(expected);
            assertThat(result.value().value().toPlainString()).isEqualTo(expected);
            assertThat(result.value().currencyMark()).isEqualTo(detail == null ? "" : detail);
        }
    }
}
