package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.exchange.ComparisonImporter;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": a student exports the comparison, the advisor opens it on another machine
 * and adds comments, sends it back, and both print the same report.
 */
class ReportSharedComparisonTest {

    private static final String ADVISOR_REPLY = "Take Northwind if they match the sign-on.";

    @TempDir
    Path dir;

    @Test
    void studentAndAdvisorPrintTheSameReportAfterExchangingTheComparison() throws Exception {
        Path student = studentDatabase();
        Path advisor = dir.resolve("advisor.db");
        openElsewhere(exportOf(student, "to-advisor"), advisor);
        try (Database db = Database.open(advisor, Clock.systemDefaultZone())) {
            long first = db.offers().findAll().get(0).id();
            db.comments().add(new ReviewComment(0, first, "Prof. Ada", io.offerbench.domain.ReviewRole.ADVISOR, ADVISOR_REPLY, Instant.parse("2026-01-30T16:45:00Z")));
        }
        Path studentAgain = dir.resolve("student-again.db");
        openElsewhere(exportOf(advisor, "to-student"), studentAgain);

        ReportContent atAdvisor = ReportFixtures.content(advisor);
        ReportContent atStudent = ReportFixtures.content(studentAgain);
        String advisorHtml = ReportFixtures.html(atAdvisor, dir.resolve("advisor.html"));
        assertThat(advisorHtml).contains(ADVISOR_REPLY, "own-northwind-friend", "Research first", "Bull (optimistic) scenario");
        assertThat(ReportFixtures.html(atStudent, dir.resolve("student.html"))).isEqualTo(advisorHtml);

        Path advisorPdf = dir.resolve("advisor.pdf");
        Path studentPdf = dir.resolve("student.pdf");
        ReportWriter.write(atAdvisor, advisorPdf, ReportProgress.NONE);
        ReportWriter.write(atStudent, studentPdf, ReportProgress.NONE);
        assertThat(ReportFixtures.pdfPages(studentPdf)).isEqualTo(ReportFixtures.pdfPages(advisorPdf));
    }

    @Test
    void reportsDifferOnlyInWhenTheyWereMade() throws Exception {
        Path student = studentDatabase();
        Path advisor = dir.resolve("advisor.db");
        openElsewhere(exportOf(student, "shared"), advisor);
        Clock morning = Clock.fixed(Instant.parse("2026-02-01T08:05:00Z"), ZoneOffset.UTC);
        Clock evening = Clock.fixed(Instant.parse("2026-02-01T21:40:00Z"), ZoneOffset.UTC);
        String early = ReportFixtures.html(ReportFixtures.content(student, morning), dir.resolve("early.html"));
        String late = ReportFixtures.html(ReportFixtures.content(advisor, evening), dir.resolve("late.html"));
        assertThat(early).isNotEqualTo(late);
        assertThat(late.replace("2026-02-01 21:40 UTC", "TIME")).isEqualTo(early.replace("2026-02-01 08:05 UTC", "TIME"));
    }

    /** The sample offers with comments, plus what else a comparison carries: settings, a profile choice, an own benchmark row. */
    private Path studentDatabase() throws Exception {
        Path file = ReportFixtures.sampleWithComments(dir);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            new ScoringSettings(CurrencyCode.USD, LiquidityScenario.BULL, LiquidityMultipliers.defaults(), false, false, "Research first")
                    .save(db.settings());
            db.benchmarks().saveUserRow(new Benchmark("own-northwind-friend", "", "A friend at Northwind", "2025-11", "Friend's package",
                    Segment.BIG_TECH, Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE, new BigDecimal("450000"), new BigDecimal("520000"),
                    BenchmarkUnit.PER_YEAR, CurrencyCode.USD, 2025, "", "Hearsay from one person.", Benchmark.Origin.USER, false));
        }
        return file;
    }

    private Path exportOf(Path database, String name) throws Exception {
        Path file = dir.resolve(name + ".offerbench.json");
        try (Database db = Database.open(database, Clock.systemDefaultZone())) {
            ExchangeFiles.export(db, file, ExchangeFiles.Kind.COMPARISON, "test", ReportFixtures.CLOCK);
        }
        return file;
    }

    /** What "Open separately" does on the other machine: a new database holding the file as it was exported. */
    private static void openElsewhere(Path comparison, Path newDatabase) throws Exception {
        ComparisonImporter.intoNewDatabase(newDatabase, ExchangeFiles.load(comparison).comparison(), Clock.systemDefaultZone());
    }
}
