package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every figure must be traceable: its quote appears word for word in the document it names. */
class BenchmarkQuotesTest {

    private final List<Benchmark> rows = BenchmarkDataset.bundled().benchmarks();

    @Test
    void everyQuoteAppearsVerbatimInItsSeedFile() {
        Map<String, String> seedText = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Benchmark b : rows) {
            String text = seedText.computeIfAbsent(b.seedFile(), SeedDocumentsUnchecked::normalisedText);
            if (!text.contains(SeedDocuments.normalise(b.quote()))) {
                missing.add(b.id() + " (" + b.seedFile() + "): " + b.quote());
            }
        }
        assertThat(missing).as("quotes not found verbatim in their seed file").isEmpty();
    }

    @Test
    void everySeedDocumentContributesAndNoRowNamesAMissingOne() throws IOException {
        Set<String> seeds;
        try (Stream<Path> files = Files.list(SeedDocuments.directory())) {
            seeds = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .collect(Collectors.toSet());
        }
        Set<String> named = rows.stream().map(Benchmark::seedFile).collect(Collectors.toSet());
        assertThat(named).as("seed files named by the dataset").isEqualTo(seeds);
    }

    @Test
    void normalisationOnlyForgivesEscapesAndSpacing() {
        assertThat(SeedDocuments.normalise("about \\$ 1\u00A0million,\n  it\\'s"))
                .isEqualTo("about $ 1 million, it's");
        assertThat(SeedDocuments.normalise("$500k")).isNotEqualTo(SeedDocuments.normalise("$500,000"));
    }

    /** Lets a lambda read a seed; an unreadable seed is a test failure, not a skipped row. */
    private static final class SeedDocumentsUnchecked {
        static String normalisedText(String seedFile) {
            try {
                return SeedDocuments.normalisedText(seedFile);
            } catch (IOException e) {
                throw new AssertionError("Cannot read seed document " + seedFile + ": " + e.getMessage(), e);
            }
        }
    }
}
