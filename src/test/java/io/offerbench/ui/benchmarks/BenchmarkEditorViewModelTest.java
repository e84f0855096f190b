package io.offerbench.ui.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.exchange.BenchmarkDataset;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Validation of the user's own benchmark rows: each message names its field, and document rows never open. */
class BenchmarkEditorViewModelTest {

    private final BenchmarkEditorViewModel model = new BenchmarkEditorViewModel(2025);
    private final BenchmarkForm form = model.form();

    private void fillValidRow() {
        model.startNew();
        form.subject.set("Acme new-grad offers");
        form.segment.set(Segment.FRONTIER_LAB);
        form.seniority.set(Seniority.NEW_GRAD_PHD);
        form.metric.set(Metric.TOTAL_PACKAGE);
        form.kind.set(BenchmarkKind.TYPICAL);
        form.low.set("300k");
        form.high.set("$450,000");
        form.outlet.set("Two lab mates");
    }

    @Test
    void anEmptyFormListsEveryMissingFieldByName() {
        model.startNew();
        assertThat(model.submit()).isEmpty();
        assertThat(model.problemsProperty().get().split("\n")).satisfiesExactly(
                m -> assertThat(m).startsWith("Subject is required"),
                m -> assertThat(m).startsWith("Segment is required"),
                m -> assertThat(m).startsWith("Metric is required"),
                m -> assertThat(m).startsWith("Kind of figure is required"),
                m -> assertThat(m).startsWith("Source / outlet is required"));
    }

    @Test
    void aValidRowGetsAUserIdAndTheParsedFigures() {
        fillValidRow();
        Benchmark row = model.submit().orElseThrow();
        assertThat(row.id()).startsWith("user-acme-new-grad-offers-");
        assertThat(row.origin()).isEqualTo(Benchmark.Origin.USER);
        assertThat(row.low()).isEqualByComparingTo("300000");
        assertThat(row.high()).isEqualByComparingTo("450000");
        assertThat(row.currency()).isEqualTo(CurrencyCode.USD);
        assertThat(row.asOfYear()).isEqualTo(2025);
        assertThat(row.kind()).isEqualTo(BenchmarkKind.TYPICAL);
        assertThat(model.problemsProperty().get()).isEmpty();
    }

    @Test
    void onlyAPayFigureCanBeTypical() {
        fillValidRow();
        form.metric.set(Metric.MARKET_SIGNAL);
        assertThat(form.kind.get()).as("a signal is not pay: the form says so").isEqualTo(BenchmarkKind.QUALITATIVE);
        form.kind.set(BenchmarkKind.TYPICAL);
        form.low.set("");
        form.high.set("");
        assertThat(model.submit()).isEmpty();
        assertThat(model.problemsProperty().get()).contains("Kind of figure: \u201cTypical offer\u201d is only for pay figures");
        form.kind.set(BenchmarkKind.QUALITATIVE);
        assertThat(model.submit().orElseThrow().kind()).isEqualTo(BenchmarkKind.QUALITATIVE);
    }

    @Test
    void badFiguresAndYearsAreRefusedWithTheFieldNamed() {
        fillValidRow();
        form.low.set("lots");
        form.high.set("-5");
        form.asOfYear.set("1850");
        assertThat(form.low.errorProperty().get()).startsWith("Low");
        assertThat(form.high.errorProperty().get()).startsWith("High").contains("negative");
        assertThat(form.asOfYear.errorProperty().get()).startsWith("As-of year").contains("between 1990 and 2026");
        assertThat(model.submit()).isEmpty();

        form.low.set("500k");
        form.high.set("400k");
        form.asOfYear.set("2024");
        assertThat(model.submit()).isEmpty();
        assertThat(model.problemsProperty().get()).isEqualTo("Low (500,000) is above High (400,000); swap them");
    }

    @Test
    void aFigureIsNeededUnlessTheRowIsAMarketSignal() {
        fillValidRow();
        form.low.set("");
        form.high.set("");
        assertThat(model.submit()).isEmpty();
        assertThat(model.problemsProperty().get()).contains("Low or High");
        form.metric.set(Metric.MARKET_SIGNAL);
        assertThat(model.submit()).isPresent();
    }

    @Test
    void theUnitDecidesWhetherACurrencyIsNeededAndWhetherPercentSignsAreRead() {
        fillValidRow();
        form.currency.set("");
        assertThat(form.currency.errorProperty().get())
                .isEqualTo("Currency is required for an amount of money: a three-letter code such as USD, EUR, GBP or CNY");
        form.currency.set("XYZ");
        assertThat(form.currency.errorProperty().get())
                .isEqualTo("Currency: Unknown currency code 'XYZ' (ISO 4217, for example USD, EUR, GBP, CNY)");
        form.currency.set("rmb");
        assertThat(form.currency.parse().value()).as("RMB is the yuan").isEqualTo(CurrencyCode.CNY);
        form.metric.set(Metric.TIME_SHARE);
        form.unit.set(BenchmarkUnit.PERCENT);
        form.low.set("15%");
        form.high.set("40");
        assertThat(form.currency.errorProperty().get()).startsWith("Currency must be empty");
        form.currency.set("");
        Benchmark row = model.submit().orElseThrow();
        assertThat(row.low()).isEqualByComparingTo("15");
        assertThat(row.currency()).isNull();
    }

    @Test
    void documentRowsNeverOpenForEditing() {
        Benchmark document = BenchmarkDataset.bundled().benchmarks().get(0);
        assertThat(model.startEdit(document)).isFalse();
        assertThat(model.editingProperty().get()).isFalse();
    }

    @Test
    void editingAnOwnRowKeepsItsIdAndHiddenFlag() {
        fillValidRow();
        Benchmark saved = model.submit().orElseThrow().withHidden(true);
        model.close();
        assertThat(model.startEdit(saved)).isTrue();
        assertThat(form.low.text()).isEqualTo("300,000");
        form.high.set("500k");
        Optional<Benchmark> edited = model.submit();
        assertThat(edited).get().satisfies(b -> {
            assertThat(b.id()).isEqualTo(saved.id());
            assertThat(b.hidden()).isTrue();
            assertThat(b.high()).isEqualByComparingTo(new BigDecimal("500000"));
        });
    }

    @Test
    void idsAreReadableAndAlwaysCarryTheUserPrefix() {
        UUID fixed = UUID.fromString("1a2b3c4d-0000-0000-0000-000000000000");
        assertThat(UserBenchmarkIds.newId("Café résumé: 2025 offers!", fixed)).isEqualTo("user-cafe-resume-2025-offers-1a2b3c4d");
        assertThat(UserBenchmarkIds.newId("深度求索", fixed)).isEqualTo("user-1a2b3c4d");
        assertThat(UserBenchmarkIds.newId("x".repeat(100), fixed)).hasSize("user-".length() + 40 + 1 + 8);
    }
}
