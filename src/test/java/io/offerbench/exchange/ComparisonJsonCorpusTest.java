package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Finding 10: some comparison-file refusals quoted the JSON library's internals ("[Source:
 * (byte[])…", "(code 110)", "StreamReadConstraints"). Every bad input of the shared corpora — each
 * naughty string and tricky number as a whole file, typed raw where a value goes, and as the text
 * of every kind of field; every CSV of the corpus given as a comparison file; a good file cut off
 * at every length — is either read or refused in OfferBench's own words, naming where.
 */
class ComparisonJsonCorpusTest {

    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)jackson|fasterxml|\\[Source|\\(code \\d+\\)|StreamReadConstraints|JsonToken|Mismatched|Exception|java\\.|"
                    + "JsonNode|START_OBJECT|VALUE_STRING|token 'null'|byte\\[\\]|CTRL-CHAR|end-of-input|close marker|REDACTED");

    private static final String GOOD = "{\"format\":\"offerbench\",\"version\":1,\"offers\":[{\"company\":\"A\",\"currency\":\"USD\","
            + "\"pay\":{\"base_salary\":\"100000\"},\"deadline\":\"2026-12-01\"}],\"exchange_rates\":[{\"currency\":\"EUR\","
            + "\"per_usd\":\"0.92\",\"as_of\":\"2026-04-13\"}],\"settings\":{\"scoring.home_currency\":\"USD\"}}";

    private final Map<String, Integer> refusedBy = new TreeMap<>();

    @Test
    void everyBadInputOfTheCorporaIsReadOrRefusedInOurOwnWords() throws IOException {
        List<String> values = new ArrayList<>(lines("blns.txt"));
        values.addAll(lines("numbers.txt"));
        int tried = 0;
        for (String v : values) {
            String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(v));
            tried += check("whole file", v);
            tried += check("raw value", GOOD.replace("\"company\":\"A\"", "\"company\":" + v));
            tried += check("raw number", GOOD.replace("\"100000\"", v));
            for (String field : List.of("\"A\"", "\"USD\"", "\"100000\"", "\"2026-12-01\"", "\"0.92\"", "\"EUR\"")) {
                tried += check("text of " + field, GOOD.replaceFirst(Pattern.quote(field), "\"" + java.util.regex.Matcher.quoteReplacement(quoted) + "\""));
            }
            tried += check("setting", GOOD.replace("\"scoring.home_currency\":\"USD\"", "\"scoring.x\":\"" + quoted + "\""));
        }
        try (Stream<Path> csv = Files.list(Path.of(System.getProperty("offerbench.corpora"), "csv"))) {
            for (Path f : csv.toList()) {
                tried += check(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < good.length; n++) {
            tried += check("cut at " + n, java.util.Arrays.copyOf(good, n));
        }
        tried += check("invalid UTF-8", new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'});
        tried += check("deep nesting", "[".repeat(5000));
        tried += check("long number", GOOD.replace("\"100000\"", "1".repeat(5000)));
        assertThat(tried).isGreaterThan(5000);
        assertThat(refusedBy).as("refusals of several kinds were met").hasSizeGreaterThan(5);
    }

    private int check(String what, String text) {
        return check(what, text.getBytes(StandardCharsets.UTF_8));
    }

    private int check(String what, byte[] bytes) {
        try {
            ComparisonJson.read(new ByteArrayInputStream(bytes), "c.offerbench.json");
        } catch (ComparisonFormatException e) {
            assertThat(e.getMessage()).as(what + ": " + new String(bytes, StandardCharsets.UTF_8)).doesNotContainPattern(INTERNALS)
                    .startsWith("c.offerbench.json was not imported (nothing was saved): ");
            assertThat(e.path().isEmpty() ? e.reason() : e.path()).as(what).satisfiesAnyOf(
                    s -> assertThat(e.path()).isNotEmpty(),
                    s -> assertThat(e.reason()).containsPattern("line \\d+, column \\d+|not an OfferBench|larger than|not UTF-8|missing|file is empty"));
            refusedBy.merge(e.reason().replaceAll("[^a-z ].*", ""), 1, Integer::sum);
        } catch (IOException e) {
            throw new AssertionError(what + ": not a refusal but " + e, e);
        }
        return 1;
    }

    private static List<String> lines(String name) throws IOException {
        return Files.readAllLines(Path.of(System.getProperty("offerbench.corpora"), name), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
