package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BenchmarkDatasetTest {

    private final BenchmarkDataset dataset = BenchmarkDataset.bundled();
    private final List<Benchmark> rows = dataset.benchmarks();

    @Test
    void bundledFileParsesIntoReadOnlyDocumentBenchmarks() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows).allSatisfy(b -> {
            assertThat(b.origin()).isEqualTo(Benchmark.Origin.DOCUMENT);
            assertThat(b.hidden()).isFalse();
        });
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = rows.stream().map(Benchmark::id).collect(Collectors.toSet());
        assertThat(ids).hasSameSizeAs(rows);
    }

    @Test
    void noRowLacksItsProvenance() {
        assertThat(rows).allSatisfy(b -> assertThat(List.of(b.seedFile(), b.outlet(), b.published(), b.quote(),
                b.caveat())).as(b.id()).allSatisfy(field -> assertThat(field).isNotBlank()));
    }

    @Test
    void payRowsHaveACurrencyAndAFigure() {
        List<Benchmark> pay = rows.stream().filter(b -> b.metric().isPay()).toList();
        assertThat(pay).isNotEmpty().allSatisfy(b -> {
            assertThat(b.currency()).as(b.id()).isNotNull();
            assertThat(b.low() != null || b.high() != null).as(b.id() + " has low or high").isTrue();
        });
    }

    @Test
    void keyFiguresFromTheDocumentsAreThere() {
        assertThat(row("lambert-2022-newgrad-pre-chatgpt")).satisfies(b -> {
            assertThat(b.metric()).isEqualTo(Metric.TOTAL_PACKAGE);
            assertThat(b.seniority()).isEqualTo(Seniority.NEW_GRAD_PHD);
            assertThat(b.low()).isEqualByComparingTo("500000");
            assertThat(b.high()).isEqualByComparingTo("600000");
            assertThat(b.currency()).isEqualTo(CurrencyCode.USD);
        });
        assertThat(row("semafor-2023-google-upwards-500k")).satisfies(b -> {
            assertThat(b.low()).isEqualByComparingTo("500000");
            assertThat(b.high()).as("'upwards of' has no upper end").isNull();
        });
        assertThat(row("bloomberg-2025-meta-signon-100m")).satisfies(b -> {
            assertThat(b.unit()).isEqualTo(BenchmarkUnit.ONE_OFF);
            assertThat(b.seniority()).isEqualTo(Seniority.SENIOR_STAFF);
            assertThat(b.low()).isEqualByComparingTo("100000000");
        });
        assertThat(row("bloomberg-2025-deepseek-income-cny")).satisfies(b -> {
            assertThat(b.segment()).isEqualTo(Segment.CHINA_LAB);
            assertThat(b.currency()).isEqualTo(CurrencyCode.CNY);
            assertThat(b.low()).isEqualByComparingTo("1540000");
        });
        assertThat(row("cho-2014-industry-academia-pay-ratio")).satisfies(b -> {
            assertThat(b.metric()).isEqualTo(Metric.PAY_RATIO);
            assertThat(b.low()).isEqualByComparingTo("2");
            assertThat(b.high()).isEqualByComparingTo("5");
        });
    }

    @Test
    void versionIsTheFingerprintOfTheBundledBytes() throws IOException {
        assertThat(dataset.version()).matches("[0-9a-f]{16}")
                .isEqualTo(BenchmarkDataset.versionOf(bundledBytes()));
    }

    @Test
    void versionChangesWhenTheContentChanges() throws IOException {
        byte[] original = bundledBytes();
        String edited = new String(original, StandardCharsets.UTF_8)
                .replace("lambert-2023-newgrad-best,002_7c699d560a1da2dc.txt,Interconnects (Nathan Lambert),2023-10-11,"
                                + "Package for the absolute best new-grad PhDs,ai_market,new_grad_phd,total_package,850000",
                        "lambert-2023-newgrad-best,002_7c699d560a1da2dc.txt,Interconnects (Nathan Lambert),2023-10-11,"
                                + "Package for the absolute best new-grad PhDs,ai_market,new_grad_phd,total_package,840000");
        assertThat(edited).as("the edit must hit the file").isNotEqualTo(new String(original, StandardCharsets.UTF_8));

        BenchmarkDataset changed = BenchmarkDataset.fromBytes(edited.getBytes(StandardCharsets.UTF_8), "edited.csv");

        assertThat(changed.version()).isNotEqualTo(dataset.version());
        assertThat(BenchmarkDataset.fromBytes(original, "same.csv").version()).isEqualTo(dataset.version());
    }

    @Test
    void defaultExchangeRatesComeOnlyFromTheDocumentsImpliedRate() {
        List<ExchangeRate> rates = dataset.defaultExchangeRates();

        assertThat(rates).singleElement().satisfies(rate -> {
            assertThat(rate.currency()).isEqualTo(CurrencyCode.CNY);
            assertThat(rate.perUsd()).isEqualByComparingTo(new BigDecimal("7.16"));
            assertThat(rate.asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(rate.source()).contains("bloomberg-2025-cny-per-usd");
        });
    }

    @Test
    void impliedRateMatchesTheTwoDeepSeekFigures() {
        BigDecimal yuan = row("bloomberg-2025-deepseek-income-cny").low();
        BigDecimal dollars = row("bloomberg-2025-deepseek-income-usd").high();
        BigDecimal implied = yuan.divide(dollars, 2, java.math.RoundingMode.HALF_EVEN);

        assertThat(row("bloomberg-2025-cny-per-usd").low()).isEqualByComparingTo(implied);
    }

    @Test
    void anEmptyFileIsRefusedRatherThanGivingNoBenchmarks() {
        assertThatThrownBy(() -> BenchmarkDataset.fromBytes(new byte[0], "empty.csv"))
                .isInstanceOf(BenchmarkFormatException.class)
                .hasMessageContaining("empty.csv, line 1");
    }

    private Benchmark row(String id) {
        return rows.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no benchmark row " + id));
    }

    private static byte[] bundledBytes() throws IOException {
        try (InputStream in = BenchmarkDataset.class.getResourceAsStream(BenchmarkDataset.RESOURCE)) {
            assertThat(in).as(BenchmarkDataset.RESOURCE).isNotNull();
            return in.readAllBytes();
        }
    }
}
