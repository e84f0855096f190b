package io.offerbench.ui.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.exchange.BenchmarkDataset;
import io.offerbench.ui.common.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;

/** Filtering and the read-only rules of the benchmarks screen, on the real bundled dataset plus one row of the user's. */
class BenchmarksViewModelTest {

    private final List<Benchmark> dataset = BenchmarkDataset.bundled().benchmarks();
    private final Benchmark own = new Benchmark("user-acme-1a2b3c4d", "", "Two lab mates", "", "Acme new-grad offers",
            Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE, new BigDecimal("300000"),
            new BigDecimal("450000"), BenchmarkUnit.PER_YEAR, CurrencyCode.USD, 2025, "", "", Benchmark.Origin.USER, false);
    private final BenchmarksViewModel model = new BenchmarksViewModel(FXCollections.observableArrayList(withOwnRow()));

    private List<Benchmark> withOwnRow() {
        List<Benchmark> all = new ArrayList<>(dataset);
        all.add(own);
        return all;
    }

    @Test
    void everyRowIsListedUntilAFilterIsChosen() {
        assertThat(model.visibleRows()).hasSize(dataset.size() + 1);
        assertThat(model.countText().get()).isEqualTo((dataset.size() + 1) + " shown of " + (dataset.size() + 1) + " benchmarks (0 hidden)");
    }

    @Test
    void segmentAndMetricFiltersKeepOnlyMatchingRows() {
        model.segmentProperty().set(Segment.CHINA_LAB);
        model.metricProperty().set(Metric.ANNUAL_INCOME);
        assertThat(model.visibleRows()).isNotEmpty()
                .allMatch(b -> b.segment() == Segment.CHINA_LAB && b.metric() == Metric.ANNUAL_INCOME);
        assertThat(model.visibleRows()).hasSize((int) dataset.stream()
                .filter(b -> b.segment() == Segment.CHINA_LAB && b.metric() == Metric.ANNUAL_INCOME).count());
    }

    @Test
    void aSeniorityFilterAlsoKeepsRowsThatApplyToAnySeniority() {
        model.seniorityProperty().set(Seniority.POSTDOC);
        assertThat(model.visibleRows()).isNotEmpty().allMatch(b -> b.seniority() == null || b.seniority() == Seniority.POSTDOC);
        assertThat(model.visibleRows()).doesNotContain(own);
    }

    @Test
    void freeTextSearchesSubjectQuoteOutletAndIdIgnoringCase() {
        model.searchProperty().set("  ABSOLUTE BEST new-grad ");
        assertThat(model.visibleRows()).extracting(Benchmark::id).contains("lambert-2023-newgrad-best");
        model.searchProperty().set("lab mates");
        assertThat(model.visibleRows()).containsExactly(own);
        model.searchProperty().set("upwards of $500,000");
        assertThat(model.visibleRows()).extracting(Benchmark::id).contains("semafor-2023-google-upwards-500k");
        model.searchProperty().set("no such words anywhere");
        assertThat(model.visibleRows()).isEmpty();
    }

    @Test
    void hiddenRowsAreLeftOutUnlessAskedFor() {
        Benchmark hidden = dataset.get(0).withHidden(true);
        model.rows().set(0, hidden);
        assertThat(model.visibleRows()).doesNotContain(hidden);
        assertThat(model.countText().get()).endsWith("(1 hidden)");
        model.showHiddenProperty().set(true);
        assertThat(model.visibleRows()).contains(hidden);
    }

    @Test
    void documentRowsAreReadOnlyButCanBeHidden() {
        Benchmark document = dataset.get(0);
        model.selectedProperty().set(document);
        assertThat(model.selectedIsEditable().get()).isFalse();
        assertThat(model.readOnlyReason().get()).contains("read-only").contains("hide");
        assertThat(model.hideActionText().get()).isEqualTo("Hide");

        model.selectedProperty().set(document.withHidden(true));
        assertThat(model.hideActionText().get()).isEqualTo("Show again");

        model.selectedProperty().set(own);
        assertThat(model.selectedIsEditable().get()).isTrue();
        assertThat(model.readOnlyReason().get()).isEmpty();

        model.selectedProperty().set(null);
        assertThat(model.selectedIsEditable().get()).isFalse();
    }

    @Test
    void revealingASavedRowClearsTheFiltersThatHideIt() {
        model.segmentProperty().set(Segment.ACADEMIA);
        model.searchProperty().set("something else");
        model.revealInFilters(own);
        assertThat(model.visibleRows()).contains(own);
        assertThat(model.segmentProperty().get()).isNull();
    }

    @Test
    void detailQuotesTheDocumentAndNamesItsSource() {
        Benchmark row = dataset.stream().filter(b -> b.id().equals("lambert-2023-newgrad-best")).findFirst().orElseThrow();
        BenchmarkDetail detail = BenchmarkDetail.of(row);
        assertThat(detail.quote()).isEqualTo("\u201c" + row.quote() + "\u201d");
        assertThat(detail.document()).isEqualTo(io.offerbench.exchange.SourceDocuments.source(row)).startsWith("Interconnects")
                .contains("The AI research job market").doesNotContain(row.seedFile());
        assertThat(detail.id()).isEqualTo("lambert-2023-newgrad-best");
        assertThat(detail.origin()).isEqualTo("Document");
        assertThat(BenchmarkDetail.of(own).quote()).startsWith("No quote");
        assertThat(BenchmarkDetail.of(own.withHidden(true)).origin()).isEqualTo("Your own (hidden)");
    }

    @Test
    void inChineseTheDetailAndTheTableSayEveryShippedRowsSubjectAndCaveatInChineseAndTheQuoteAsWritten() {
        io.offerbench.text.Texts.use(io.offerbench.text.Language.SIMPLIFIED_CHINESE);
        try {
            Benchmark row = dataset.stream().filter(b -> b.id().equals("lambert-2023-newgrad-best")).findFirst().orElseThrow();
            BenchmarkDetail detail = BenchmarkDetail.of(row);
            assertThat(detail.subject()).isEqualTo("最顶尖应届博士的薪酬包");
            assertThat(detail.caveat()).startsWith("只针对 2023 年").contains("整体薪酬包", "semafor-2023-google-upwards-500k");
            assertThat(detail.quote()).isEqualTo("\u201c" + row.quote() + "\u201d");
            for (Benchmark b : dataset) {
                BenchmarkDetail d = BenchmarkDetail.of(b);
                assertThat(d.subject()).as(b.id()).isNotEqualTo(b.subject()).containsPattern("\\p{IsHan}");
                assertThat(d.caveat()).as(b.id()).isNotEqualTo(b.caveat()).containsPattern("\\p{IsHan}");
            }
            model.searchProperty().set("最顶尖应届博士");
            assertThat(model.visibleRows()).extracting(Benchmark::id).containsExactly("lambert-2023-newgrad-best");
            assertThat(BenchmarkDetail.of(own).subject()).isEqualTo("Acme new-grad offers");
        } finally {
            io.offerbench.text.Texts.use(io.offerbench.text.Language.ENGLISH);
        }
    }

    @Test
    void everySegmentMetricAndUnitHasALabel() {
        ResourceBundle bundle = Messages.bundle();
        for (Segment s : Segment.values()) {
            assertThat(bundle.containsKey("enum.Segment." + s.name())).as(s.name()).isTrue();
        }
        for (Metric m : Metric.values()) {
            assertThat(bundle.containsKey("enum.Metric." + m.name())).as(m.name()).isTrue();
        }
        for (BenchmarkUnit unit : BenchmarkUnits.ALL) {
            assertThat(bundle.containsKey("benchmarks.unit." + unit.code())).as(unit.code()).isTrue();
        }
        assertThat(dataset).allMatch(b -> b.unit() == null || BenchmarkUnits.ALL.contains(b.unit()));
    }
}
