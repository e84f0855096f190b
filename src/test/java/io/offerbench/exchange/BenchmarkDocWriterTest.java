package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchmarkDocWriterTest {

    private final BenchmarkDataset dataset = BenchmarkDataset.bundled();
    private final String rendered = BenchmarkDocWriter.render(dataset);

    @Test
    void committedDocumentMatchesTheDataset() throws IOException {
        Path committed = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve(BenchmarkDocWriter.DEFAULT_OUTPUT);
        assertThat(committed).as("docs/benchmarks.md").exists();

        String onDisk = Files.readString(committed, StandardCharsets.UTF_8);

        assertThat(onDisk.equals(rendered))
                .as("docs/benchmarks.md is stale. Regenerate it from the project root with:%n  %s%nand commit it",
                        BenchmarkDocWriter.REGENERATE_COMMAND)
                .isTrue();
    }

    @Test
    void everyRowAppearsOnceWithItsFigureAndSource() {
        for (Benchmark b : dataset.benchmarks()) {
            assertThat(rendered.split("`" + b.id() + "`", -1)).as(b.id()).hasSize(2);
            assertThat(rendered).contains(b.seedFile()).contains(escapedDollars(BenchmarkWording.figure(b)));
        }
        assertThat(rendered).contains("Dataset version `" + dataset.version() + "`");
    }

    @Test
    void scoringUseFollowsTheKindAndTheMetric() {
        assertThat(rendered).contains("Seeds the currency table with 7.16 CNY per US dollar")
                .contains("Not used for any verdict: dividing a top-of-market figure by a remembered ratio")
                .contains("A one-off: listed here only; never compared with an offer.")
                .contains("Top of the market: shown beside the verdict of `ai_market` offers (new-grad PhD) of any US industry segment")
                .contains("One company's figure: shown beside the verdict of `china_lab` offers")
                .doesNotContain("Typical figure:");
        for (Benchmark b : dataset.benchmarks()) {
            assertThat(BenchmarkDocWriter.scoringUse(b)).as(b.id()).isNotBlank();
        }
    }

    private static String escapedDollars(String text) {
        return text.replace("$", "\\$");
    }
}
