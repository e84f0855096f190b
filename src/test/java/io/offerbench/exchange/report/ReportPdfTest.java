package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report read back through its own text layer, as a search in a PDF viewer would find things. */
class ReportPdfTest {

    @TempDir
    Path dir;
    private Path db;
    private Path pdf;
    private ReportContent content;

    @BeforeEach
    void report() throws Exception {
        db = ReportFixtures.sampleWithComments(dir);
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            long id = d.offers().findAll().get(1).id();
            d.comments().add(new ReviewComment(0, id, "Zoë", io.offerbench.domain.ReviewRole.ADVISOR, "¥ 1,540,000 ≈ €200,000 → fine. 中文 👍", Instant.parse("2026-01-20T08:00:00Z")));
        }
        content = ReportFixtures.content(db);
        pdf = dir.resolve("report.pdf");
        ReportWriter.write(content, pdf, ReportFormat.PDF, ReportProgress.NONE);
    }

    @Test
    void opensAndHoldsEveryOfferChartCaptionBenchmarkAndComment() throws Exception {
        String text = ReportFixtures.pdfText(pdf);
        for (OfferReport o : content.offers()) {
            assertThat(text).contains(o.score().offer().label());
            o.score().marketPositions().forEach(m -> m.benchmarkIds().forEach(id -> assertThat(text).contains(id)));
        }
        for (int n = 1; n <= 5; n++) {
            assertThat(text).contains("Figure " + n + ". ");
        }
        assertThat(text).contains("Pay composition:", "Cumulative pay:", "Market band:", "Profile:", "Score breakdown:");
        assertThat(text).contains("Prof. Ada (advisor), 2026-01-15 09:30 UTC", ReportFixtures.ADVISOR_COMMENT,
                "Sam (student), 2026-01-16 18:00 UTC", ReportFixtures.STUDENT_COMMENT);
    }

    @Test
    void pagesAreFilledNotLeftHalfEmptyBetweenSections() throws Exception {
        List<String> pages = ReportFixtures.pdfPages(pdf);
        int[] lengths = pages.stream().mapToInt(String::length).sorted().toArray();
        int median = lengths[lengths.length / 2];
        for (int p = 0; p < pages.size() - 1; p++) {
            assertThat(pages.get(p).length()).as("text on page %d of %d (median %d)", p + 1, pages.size(), median)
                    .isGreaterThan(median / 4);
        }
        // Five offers with comments, five charts, the briefs and every benchmark cited: 14 pages, every one filled.
        // Each offer used to start a page of its own, leaving half a page blank after each (and after the charts); the
        // documents' quotes stood again beside every offer's criteria, and each brief was a whole email (21 pages). Then
        // 19: every ask stood twice (What to ask for and the briefs), an empty "none" had a heading of its own, and the
        // type, margins and charts were looser than a printed table needs (issue 16).
        assertThat(pages).as("pages for %d offers", content.offers().size()).hasSizeLessThanOrEqualTo(14);
    }

    @Test
    void theCommentOnTheWholeComparisonIsPrintedFirst() throws Exception {
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.settings().put(ReviewComment.COMPARISON_SETTING, "Close call: ask Northwind about publishing before deciding.");
        }
        Path file = dir.resolve("commented.pdf");
        ReportWriter.write(ReportFixtures.content(db), file, ReportFormat.PDF, ReportProgress.NONE);
        String first = ReportFixtures.oneLine(ReportFixtures.pdfPages(file).get(0));
        assertThat(first).contains("Comment on the comparison", "Close call: ask Northwind about publishing before deciding.");
        assertThat(first.indexOf("Close call: ask Northwind")).as("before the facts the report rests on").isLessThan(first.indexOf("Generated"));
        assertThat(ReportFixtures.pdfText(pdf)).as("a report without one says nothing of it").doesNotContain("Comment on the comparison");
    }

    @Test
    void drawsEachChartAsOneVectorTemplate() throws Exception {
        // The five comparison charts and the rank-acceptability chart.
        assertThat(ReportFixtures.formXObjects(pdf)).isEqualTo(6);
    }

    @Test
    void printsCurrencySignsAccentsArrowsAndChineseAndMarksWhatNoFontHas() throws Exception {
        String text = ReportFixtures.pdfText(pdf);
        assertThat(text).contains("Zoë (advisor)", "¥ 1,540,000 ≈ €200,000 → fine.");
        // Chinese comes from the bundled fallback font; no bundled font has emoji, shown as U+FFFD rather than vanishing.
        assertThat(text).contains("中文 \uFFFD");
    }

    @Test
    void aChineseCompanyNamePrintsInTheTextAndInTheCharts() throws Exception {
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            var offer = d.offers().findAll().stream().filter(o -> o.company().equals("Hangzhou AI Lab")).findFirst().orElseThrow();
            d.offers().save(offer.toBuilder().company("杭州深度求索").build());
        }
        ReportContent chinese = ReportFixtures.content(db);
        Path file = dir.resolve("chinese.pdf");
        ReportWriter.write(chinese, file, ReportFormat.PDF, ReportProgress.NONE);
        List<String> pages = ReportFixtures.pdfPages(file);
        String all = String.join("\n", pages);
        // The ranking table prints the renamed offer with its rank.
        int rank = chinese.ranking().scores().stream().filter(s -> s.offer().company().equals("杭州深度求索")).findFirst().orElseThrow().rank();
        assertThat(all).contains("杭州深度求索 — Researcher", rank + " 杭州深度求索 — Researcher");
        assertThat(all.chars().filter(c -> c == 0xFFFD)).as("only the comment's emoji is unprintable").hasSize(1);
        // The charts draw with OfferBench Sans SC, which has Chinese: the name is in each chart itself, with no key.
        String charts = ReportFixtures.oneLine(all);
        assertThat(charts).doesNotContain("In this chart");
        assertThat(charts.split("杭州深度求索", -1).length - 1).as("in the text and in the five charts").isGreaterThanOrEqualTo(7);
    }

    @Test
    void startsEachOfferOnItsOwnPageInRankOrder() throws Exception {
        List<String> pages = ReportFixtures.pdfPages(pdf).stream().map(ReportFixtures::oneLine).toList();
        int previous = -1;
        for (int i = 0; i < content.offers().size(); i++) {
            String title = (i + 1) + ". " + content.offers().get(i).score().offer().label();
            int page = -1;
            for (int p = 0; p < pages.size() && page < 0; p++) {
                page = pages.get(p).contains(title) ? p : -1;
            }
            assertThat(page).as(title).isGreaterThan(previous);
            if (i > 0) {
                String before = i + ". " + content.offers().get(i - 1).score().offer().label();
                assertThat(pages.get(page)).as("page of " + title).doesNotContain(before);
            }
            previous = page;
        }
    }

    @Test
    void isAPdfFromItsFirstByte() throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).strip()).endsWith("%%EOF");
    }
}
