package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample offers are written once: {@code docs/sample-offers.csv} (the five the tests and docs/scoring.md
 * are written against) is the start of {@code assets/sample/sample-offers.csv} (those five and the start-up),
 * and the welcome page's {@code sample-comparison.offerbench.json} holds exactly what that CSV imports. The
 * welcome sample once lagged behind: no interest answers, State University's closeness to product 1 instead
 * of "does not apply", no guaranteed summer months.
 */
class SampleFilesAgreeTest {

    private static final Path DOCS_CSV = Path.of("docs/sample-offers.csv");
    private static final Path SAMPLE_CSV = Path.of("assets/sample/sample-offers.csv");
    private static final Path SAMPLE_JSON = Path.of("assets/sample/sample-comparison.offerbench.json");

    @Test
    void theWelcomeSampleBeginsWithTheDocumentedFiveLineForLine() throws Exception {
        List<String> docs = Files.readAllLines(DOCS_CSV, StandardCharsets.UTF_8);
        List<String> sample = Files.readAllLines(SAMPLE_CSV, StandardCharsets.UTF_8);
        assertThat(docs).hasSize(6); // the header and five offers
        assertThat(sample.subList(0, docs.size())).as("the header and the first five rows of " + SAMPLE_CSV).isEqualTo(docs);
        assertThat(sample).hasSize(docs.size() + 1);
    }

    @Test
    void theWelcomeComparisonHoldsWhatTheSampleCsvImports() throws Exception {
        List<Offer> fromCsv;
        try (InputStream in = Files.newInputStream(SAMPLE_CSV)) {
            fromCsv = OfferCsvImporter.parse(in, SAMPLE_CSV.toString()).offers();
        }
        List<Offer> fromJson = ExchangeFiles.load(SAMPLE_JSON).comparison().offers().stream().map(SharedOffer::offer).toList();
        assertThat(fromJson.stream().map(SampleFilesAgreeTest::withoutId).toList())
                .as("regenerate it as assets/sample/README.md says").isEqualTo(fromCsv.stream().map(SampleFilesAgreeTest::withoutId).toList());
        // What the old welcome sample lacked, said as the user sees it.
        Offer state = fromJson.stream().filter(o -> o.company().equals("State University")).findFirst().orElseThrow();
        assertThat(state.criteria().productClosenessNotApplicable()).isTrue();
        assertThat(fromJson).allSatisfy(o -> assertThat(o.criteria().interest()).as(o.label()).isNotNull());
    }

    private static Offer withoutId(Offer o) {
        return o.toBuilder().id(0).build();
    }
}
