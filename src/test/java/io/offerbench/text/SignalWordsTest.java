package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.exchange.BenchmarkDataset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Benchmarks tab's "Informs" column names criteria as the window does, in English and in Chinese, never by code. */
class SignalWordsTest {

    private final Map<String, Benchmark> rows = BenchmarkDataset.bundled().benchmarks().stream()
            .collect(Collectors.toMap(Benchmark::id, Function.identity()));

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void aSignalNamesItsCriterionAQualitativeRowWithNoneSaysSoAndAFigureSaysNothing() {
        Texts.use(Language.ENGLISH);
        assertThat(SignalWords.informs(rows.get("semafor-2023-university-compute"))).isEqualTo("Compute");
        assertThat(SignalWords.informs(rows.get("lambert-2023-commute"))).isEqualTo("Commute");
        assertThat(SignalWords.informs(rows.get("cho-2024-academia-burdens"))).isEqualTo("Teaching load");
        assertThat(SignalWords.informs(rows.get("semafor-2023-neurips-attendance"))).isEqualTo("No criterion");
        assertThat(SignalWords.informs(rows.get("lambert-2023-newgrad-best"))).isEmpty();
        assertThat(rows.values()).filteredOn(b -> b.kind() == BenchmarkKind.QUALITATIVE)
                .allSatisfy(b -> assertThat(SignalWords.informs(b)).as(b.id()).isNotBlank().doesNotContain("_"));
    }

    @Test
    void inChineseTheCriterionIsNamedAsTheChineseWindowNamesIt() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(SignalWords.informs(rows.get("semafor-2023-university-compute"))).isEqualTo("算力");
        assertThat(SignalWords.informs(rows.get("semafor-2023-neurips-attendance"))).isEqualTo("不关联任何评分项");
    }
}
