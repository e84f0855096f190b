package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad comparison file is refused with the JSON path at fault and a reason. */
class ComparisonJsonRefusalTest {

    private static final String HEAD = "{\"format\":\"offerbench\",\"version\":1,";
    private static final String OK_OFFER = "{\"company\":\"A\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"100000\"}}";

    static String offers(String third) {
        return HEAD + "\"offers\":[" + OK_OFFER + "," + OK_OFFER + "," + third + "]}";
    }

    static String pay(String fields) {
        return offers("{\"company\":\"C\",\"currency\":\"USD\",\"pay\":{" + fields + "}}");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("name,currency\nA,USD\n", "", "the file is not valid JSON (line 1, column"),
                Arguments.of(HEAD + "\"offers\":[]} trailing", "", "the file is not valid JSON"),
                Arguments.of("{\"format\":\"offerbench\",\"format\":\"x\"}", "", "line 1, column 32: the field \u201cformat\u201d appears twice in one object"),
                Arguments.of("[1, 2]", "", "this is JSON but not an OfferBench comparison file (it is a list"),
                Arguments.of("{\"format\":\"spreadsheet\",\"version\":1}", "format", "not an OfferBench comparison file"),
                Arguments.of("{\"version\":1,\"offers\":[]}", "format", "missing: this is JSON but not an OfferBench"),
                Arguments.of("{\"format\":\"offerbench\",\"version\":2,\"offers\":[],\"future\":1}", "version",
                        "the file was made by a newer OfferBench (format version 2; this OfferBench reads version 1); update"),
                Arguments.of("{\"format\":\"offerbench\",\"version\":\"1\"}", "version", "must be a whole number"),
                Arguments.of("{\"format\":\"offerbench\"}", "version", "missing"),
                Arguments.of(pay("\"base_salary\":\"185k\""), "offers[2].pay.base_salary",
                        "must be a plain decimal number in a string, like \"185000.50\", not \"185k\""),
                Arguments.of(pay("\"base_salary\":185000"), "offers[2].pay.base_salary", "must be text in double quotes, not the number 185000"),
                Arguments.of(pay("\"base_salary\":\"1.5e5\""), "offers[2].pay.base_salary", "plain decimal"),
                Arguments.of(pay("\"base_salary\":\"0\""), "offers[2].pay.base_salary", "must be more than zero"),
                Arguments.of(pay("\"bonus_amount\":\"1\""), "offers[2].pay.base_salary", "is required"),
                Arguments.of(pay("\"base_salary\":\"1\",\"sign_on_bonus\":\"-5\""), "offers[2].pay.sign_on_bonus", "cannot be negative"),
                Arguments.of(pay("\"base_salary\":\"1\",\"bonus_amount\":\"5\",\"bonus_percent_of_base\":\"10\""), "offers[2].pay",
                        "either as an amount or as a percentage"),
                Arguments.of(pay("\"base_salary\":\"1\",\"base_salery\":\"2\""), "offers[2].pay.base_salery", "unknown field"),
                Arguments.of(offers("{\"company\":\"C\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"1\"},\"offer_type\":\"startup\"}"),
                        "offers[2].offer_type", "must be one of frontier_lab, big_tech_research"),
                Arguments.of(offers("{\"company\":\"C\",\"currency\":\"usd!\",\"pay\":{\"base_salary\":\"1\"}}"),
                        "offers[2].currency", "three-letter ISO 4217 code"),
                Arguments.of(offers("{\"company\":\" \",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"1\"}}"),
                        "offers[2].company", "company is required"),
                Arguments.of(offers("{\"company\":\"Acme\\u0007\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"1\"}}"),
                        "offers[2].company", "contains a control character (U+0007) at position 5"),
                Arguments.of(offers("{\"company\":\"C\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"1\"},\"criteria\":{\"team_fit\":7}}"),
                        "offers[2].criteria.team_fit", "must be between 1 and 5, not 7"),
                Arguments.of(offers("{\"company\":\"C\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"1\"},\"deadline\":\"1 Dec 2026\"}"),
                        "offers[2].deadline", "must be a date like \"2026-12-01\""),
                Arguments.of(offers("{\"company\":\"C\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"1\"},"
                        + "\"equity\":{\"grant_value\":\"10\",\"vesting\":{\"yearly_percents\":[\"50\",\"20\"]}}}"),
                        "offers[2].equity.vesting", "must add up to 100 percent, not 70"),
                Arguments.of(offers("{\"company\":\"C\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"1\"},"
                        + "\"comments\":[{\"body\":\"hi\"}]}"), "offers[2].comments[0].created_at", "is required"),
                Arguments.of(offers("{\"company\":\"C\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"1\"},"
                        + "\"comments\":[{\"body\":\"hi\",\"created_at\":\"2026-12-02T10:00:00Z\",\"edited_at\":\"2026-12-01T10:00:00Z\"}]}"),
                        "offers[2].comments[0].edited_at", "must not be before the comment's created_at (2026-12-02T10:00:00Z): a comment is"
                        + " edited after it is written, not 2026-12-01T10:00:00Z"),
                Arguments.of(offers("\"just text\""), "offers[2]", "must be a JSON object ({ … }), not the text \"just text\""),
                Arguments.of(HEAD + "\"weight_profiles\":[{\"name\":\"Me\",\"weights\":{\"pay\":\"50\"}},"
                        + "{\"name\":\"Me\",\"weights\":{\"pay\":\"10\"}}]}", "weight_profiles[1].name", "the same name as weight_profiles[0]"),
                Arguments.of(HEAD + "\"weight_profiles\":[{\"name\":\"Me\",\"weights\":{\"salary\":\"50\"}}]}",
                        "weight_profiles[0].weights.salary", "is not a criterion"),
                Arguments.of(HEAD + "\"exchange_rates\":[{\"currency\":\"EUR\",\"per_usd\":\"0\",\"as_of\":\"2026-01-01\"}]}",
                        "exchange_rates[0]", "must be a positive number of EUR per USD"),
                Arguments.of(HEAD + "\"settings\":{\"scoring.home_currency\":1}}", "settings.scoring.home_currency", "must be text"),
                Arguments.of(HEAD + "\"user_benchmarks\":[{\"id\":\"mine\",\"segment\":\"frontier_lab\",\"metric\":\"base_salary\","
                        + "\"low\":\"300000\",\"unit\":\"weekly\",\"currency\":\"USD\"}]}", "user_benchmarks[0].unit",
                        "must be one of per_year, one_off, amount, ratio, percent, count, not \"weekly\""));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void refusedWithPathAndReason(String json, String path, String reason) {
        ComparisonFormatException e = catchThrowableOfType(ComparisonFormatException.class,
                () -> ComparisonJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "alice.offerbench.json"));
        assertThat(e).as(json).isNotNull();
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.reason()).contains(reason);
        assertThat(e.getMessage()).startsWith("alice.offerbench.json was not imported (nothing was saved): " + (path.isEmpty() ? "" : path + ": "))
                .doesNotContain("\n");
    }
}
