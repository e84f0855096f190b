package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerbench.cli.CliReportTest.Result;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.store.Database;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offerbench benchmarks}: what scoring compares with, hidden rows only on request, one row in full. */
class CliBenchmarksTest {

    private static final String HIDDEN = "lambert-2023-newgrad-best";
    private static final String OWN = "own-friend-offer";

    @TempDir
    Path dir;
    private Path db;
    private int documentRows;

    @BeforeEach
    void database() throws Exception {
        db = dir.resolve("b.db");
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            DatasetInstaller.install(d);
            documentRows = d.benchmarks().findAll().size();
            d.benchmarks().setHidden(HIDDEN, true);
            d.benchmarks().saveUserRow(new Benchmark(OWN, "", "A friend", "2025-11", "Friend's offer", Segment.FRONTIER_LAB,
                    Seniority.NEW_GRAD_PHD, Metric.BASE_SALARY, new BigDecimal("300000"), new BigDecimal("325000"), BenchmarkUnit.PER_YEAR,
                    CurrencyCode.USD, 2025, "", "=HYPERLINK(\"x\") hearsay", Benchmark.Origin.USER, false));
        }
    }

    @Test
    void tableListsVisibleRowsWithTheirSourceAndMarksOwnRows() {
        Result r = CliReportTest.run("benchmarks", "--db", db.toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("ID").contains("SEGMENT", "METRIC", "FIGURE", "DOCUMENT", "DATE", "OWN").doesNotContain("HIDDEN");
        assertThat(lines).hasSize(1 + documentRows); // every document row but the hidden one, plus the own row
        assertThat(r.out()).doesNotContain(HIDDEN).contains("lambert-2022-newgrad-pre-chatgpt", "$500,000–$600,000 per year",
                "The AI research job market shit show (and my experience)", "2023-10-11").doesNotContain("002_7c699d560a1da2dc.txt");
        assertThat(lines.stream().filter(l -> l.startsWith(OWN)).findFirst().orElseThrow()).endsWith("own")
                .contains("$300,000–$325,000 per year");
    }

    @Test
    void allIncludesHiddenRowsAndSaysWhichAreHidden() {
        Result r = CliReportTest.run("benchmarks", "--db", db.toString(), "--all");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(2 + documentRows);
        assertThat(r.out().lines().filter(l -> l.startsWith(HIDDEN)).findFirst().orElseThrow()).endsWith("hidden");
    }

    @Test
    void idPrintsOneRowInFullWithQuoteCaveatAndOutlet() {
        Result r = CliReportTest.run("benchmarks", "--db", db.toString(), "--id", HIDDEN);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("id:", HIDDEN, "quote:", "now that number is closer to $850k for the absolute best",
                "caveat:", "outlet:", "Interconnects (Nathan Lambert)", "source_document:", "002_7c699d560a1da2dc.txt", "hidden:",
                "true");
    }

    @Test
    void csvAndJsonCarryEveryFieldAndKeepFormulasInert() throws Exception {
        Result csv = CliReportTest.run("benchmarks", "--db", db.toString(), "--format", "csv", "--all");
        assertThat(csv.code()).isZero();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv.out())).getRecords();
        assertThat(records).hasSize(documentRows + 1);
        CSVRecord own = records.stream().filter(rec -> rec.get("id").equals(OWN)).findFirst().orElseThrow();
        assertThat(own.get("caveat")).startsWith("'=");
        assertThat(own.get("own")).isEqualTo("true");
        assertThat(own.get("low")).isEqualTo("300000");

        Result json = CliReportTest.run("benchmarks", "--db", db.toString(), "--format", "json", "--id", OWN);
        assertThat(json.code()).isZero();
        JsonNode row = new ObjectMapper().readTree(json.out());
        assertThat(row.get("figure").asText()).isEqualTo("$300,000–$325,000 per year");
        assertThat(row.get("currency").asText()).isEqualTo("USD");
        assertThat(row.get("own").asBoolean()).isTrue();
        assertThat(row.has("kind") && row.has("segment")).isTrue();
        JsonNode all = new ObjectMapper().readTree(CliReportTest.run("benchmarks", "--db", db.toString(), "--format", "json").out());
        assertThat(all.size()).isEqualTo(documentRows);
        for (JsonNode b : all) {
            assertThat(b.get("kind").asText()).isIn("typical", "top_of_market", "company_specific", "one_off", "ratio", "qualitative");
            assertThat(b.get("segment").asText()).isNotBlank();
        }
    }

    /** Every qualitative row names the criterion it informs (its code and the window's name for it), or says none. */
    @Test
    void jsonSaysWhichCriterionEachQualitativeRowInforms() throws Exception {
        JsonNode all = new ObjectMapper().readTree(CliReportTest.run("benchmarks", "--db", db.toString(), "--format", "json", "--all").out());
        int qualitative = 0;
        for (JsonNode b : all) {
            assertThat(b.has("informs") && b.has("informs_name")).as(b.get("id").asText()).isTrue();
            if (b.get("kind").asText().equals("qualitative") && !b.get("own").asBoolean()) {
                qualitative++;
                assertThat(b.get("informs").asText()).as(b.get("id").asText()).isIn(java.util.stream.Stream.concat(
                        java.util.Arrays.stream(io.offerbench.domain.Criterion.values()).map(io.offerbench.domain.Criterion::code),
                        java.util.stream.Stream.of("none")).toList());
                assertThat(b.get("informs_name").asText()).as(b.get("id").asText()).isNotBlank().doesNotContain("_");
            }
        }
        assertThat(qualitative).isEqualTo(61);
        JsonNode compute = new ObjectMapper().readTree(CliReportTest.run("benchmarks", "--db", db.toString(), "--format", "json", "--id",
                "semafor-2023-university-compute").out());
        assertThat(compute.get("informs").asText()).isEqualTo("compute");
        assertThat(compute.get("informs_name").asText()).isEqualTo("Compute");
        JsonNode typical = new ObjectMapper().readTree(CliReportTest.run("benchmarks", "--db", db.toString(), "--format", "json", "--id",
                "lambert-2023-newgrad-best").out());
        assertThat(typical.get("informs").isNull()).isTrue();
    }

    @org.junit.jupiter.api.AfterEach
    void english() {
        io.offerbench.text.Texts.use(io.offerbench.text.Language.ENGLISH);
    }

    @Test
    void theTableInChineseShowsLabelsNotCodesAndJsonAddsTheLabels() throws Exception {
        Result r = CliReportTest.run("benchmarks", "--db", db.toString(), "--lang", "zh");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("编号").contains("类别", "指标", "类型", "数字", "文档", "日期", "自填");
        assertThat(r.out()).contains("前沿 AI 实验室").doesNotContain("frontier_lab", "top_of_market", "total_package", " own");
        assertThat(lines.stream().filter(l -> l.startsWith(OWN)).findFirst().orElseThrow()).endsWith("自填");
        JsonNode row = new ObjectMapper().readTree(CliReportTest.run("benchmarks", "--db", db.toString(), "--format", "json", "--id", OWN,
                "--lang", "zh").out());
        assertThat(row.get("segment").asText()).isEqualTo("frontier_lab");
        assertThat(row.get("segment_label").asText()).isEqualTo("前沿 AI 实验室");
        assertThat(row.get("kind_label").asText()).isNotBlank();
        assertThat(row.get("metric_label").asText()).isNotBlank();
    }

    @Test
    void unknownIdExitsOneNamingIt() {
        Result r = CliReportTest.run("benchmarks", "--db", db.toString(), "--id", "no-such-row");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("'no-such-row'").startsWith("offerbench: ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void usageErrorsExitTwoAndHelpWorks() {
        assertThat(CliReportTest.run("benchmarks", "--db", db.toString(), "--format", "xml").code()).isEqualTo(2);
        assertThat(CliReportTest.run("benchmarks", "--db", db.toString(), "--id").code()).isEqualTo(2);
        Result help = CliReportTest.run("benchmarks", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--db", "--format", "--all", "--id");
    }
}
