package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.Offer;
import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No offers, one offer, more than a chart can show; progress; a write that fails or is cancelled. */
class ReportEdgeCasesTest {

    @TempDir
    Path dir;

    @Test
    void emptyDatabaseGivesAValidReportSayingThereAreNoOffers() throws Exception {
        Path file = dir.resolve("empty.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            DatasetInstaller.install(db);
        }
        ReportContent content = ReportFixtures.content(file);
        String html = ReportFixtures.html(content, dir.resolve("empty.html"));
        assertThat(html).contains(io.offerbench.text.Texts.get("report.ranking.none"), "there are none yet", "No benchmark was used").doesNotContain("<svg").endsWith("</html>\n");
        Path pdf = dir.resolve("empty.pdf");
        ReportSummary summary = ReportWriter.write(content, pdf, ReportProgress.NONE);
        assertThat(summary.offers()).isZero();
        assertThat(summary.charts()).isZero();
        assertThat(ReportFixtures.pdfText(pdf)).contains("There are no offers yet.");
        assertThat(ReportFixtures.formXObjects(pdf)).isZero();
    }

    @Test
    void oneOfferHasNoChartsAndSaysWhy() throws Exception {
        Path file = dir.resolve("one.db");
        List<Offer> offers = SampleDatabase.create(file);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            offers.subList(1, offers.size()).forEach(o -> db.offers().delete(o.id()));
        }
        String html = ReportFixtures.html(ReportFixtures.content(file), dir.resolve("one.html"));
        assertThat(html).contains("need at least two offers; this report has one, so it has no charts.", offers.get(0).company())
                .doesNotContain("<svg");
    }

    @Test
    void withMoreThanEightOffersTheChartsShowTheTopEightAndSaySo() throws Exception {
        Path file = dir.resolve("many.db");
        List<Offer> sample = SampleDatabase.create(file);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            List<Offer> copies = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                copies.add(sample.get(i - 1).toBuilder().id(0).company("Copy " + i + " of " + sample.get(i - 1).company()).build());
            }
            db.offers().saveAll(copies);
        }
        ReportContent content = ReportFixtures.content(file);
        assertThat(content.offers()).hasSize(10);
        String html = ReportFixtures.html(content, dir.resolve("many.html"));
        assertThat(html).contains("The charts show the top 8 offers by rank", "the other 2 offers are in the ranking table");
        // The comparison charts; the rank-acceptability chart shows every offer, since each of its bars is all of them.
        Matcher svg = Pattern.compile("data-chart=\"[^\"]+\">\\s*<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            String drawn = ReportHtmlTest.svgText(svg.group());
            for (int i = 0; i < 10; i++) {
                String label = Html.escape(content.offers().get(i).score().offer().label());
                if (i < 8) {
                    assertThat(drawn).as("chart %d, rank %d", charts, i + 1).contains(label);
                } else {
                    assertThat(drawn).as("chart %d, rank %d", charts, i + 1).doesNotContain(label);
                    assertThat(html).contains("<h2>" + (i + 1) + ". " + label + "</h2>");
                }
            }
        }
        assertThat(charts).isEqualTo(5);
    }

    @Test
    void progressRisesOneStepAtATimeToItsTotalOnceTheFileIsInPlace() throws Exception {
        ReportContent content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        for (ReportFormat format : ReportFormat.values()) {
            Path target = dir.resolve("progress." + format.extension());
            List<String> seen = new ArrayList<>();
            ReportWriter.write(content, target, format, (done, total, what) -> {
                assertThat(done).isEqualTo(seen.size() + 1);
                // Until the last step, the report is not yet under its name.
                assertThat(Files.exists(target)).isEqualTo(done == total);
                seen.add(done + "/" + total + " " + what);
            });
            // Header, ranking, what to ask for, charts, how scores are read, five offers, negotiation briefs, benchmarks;
            // five charts; saving.
            assertThat(seen).hasSize(18);
            assertThat(seen.get(17)).startsWith("18/18 Saved");
            assertThat(seen).contains("3/18 What to ask for", "8/18 Chart 5 of 5: score breakdown", "10/18 How scores are read",
                    "15/18 Offer 5 of 5", "16/18 Negotiation briefs");
        }
    }

    @Test
    void aCancelledReportLeavesNoFileAndKeepsAnEarlierOne() throws Exception {
        ReportContent content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path fresh = reports.resolve("fresh.pdf");
        Path earlier = Files.writeString(reports.resolve("earlier.html"), "the report of last week");
        for (Path target : List.of(fresh, earlier)) {
            assertThatThrownBy(() -> ReportWriter.write(content, target, (done, total, what) -> {
                if (what.startsWith("Chart 3")) {
                    throw new CancellationException("cancelled by the user");
                }
            })).isInstanceOf(CancellationException.class);
        }
        assertThat(fresh).doesNotExist();
        assertThat(earlier).hasContent("the report of last week");
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left).containsExactly(earlier);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsAnIoErrorAndNothingIsCreated() throws Exception {
        ReportContent content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        Path target = dir.resolve("no-such-folder").resolve("report.pdf");
        assertThatThrownBy(() -> ReportWriter.write(content, target, ReportProgress.NONE)).isInstanceOf(IOException.class);
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void anUnknownProfileIsRefusedWithTheNamesThatExist() throws Exception {
        Path file = ReportFixtures.sampleWithComments(dir);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThatThrownBy(() -> ReportContent.gather(db, Optional.of("Nope"), ReportFixtures.CLOCK))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Nope'").hasMessageContaining("Research first");
            assertThat(ReportContent.gather(db, Optional.of("pay FIRST"), ReportFixtures.CLOCK).weights().name()).isEqualTo("Pay first");
        }
    }

    @Test
    void aHomeCurrencyOtherThanTheOffersShowsPayInBothAndTheRatesUsed() throws Exception {
        Path file = ReportFixtures.sampleWithComments(dir);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.rates().save(new ExchangeRate(new CurrencyCode("EUR"), new BigDecimal("0.92"), LocalDate.of(2026, 1, 2), "my bank"));
            new ScoringSettings(new CurrencyCode("EUR"), LiquidityScenario.BASE, LiquidityMultipliers.defaults(), false, true, "Balanced")
                    .save(db.settings());
        }
        String html = ReportFixtures.html(ReportFixtures.content(file), dir.resolve("eur.html"));
        assertThat(html).contains("Home currency</dt><dd>EUR", "After-tax estimates</dt><dd>After tax is off for this ranking: no tax table or rate of yours for",
                "0.92 EUR per US dollar (as of 2026-01-02, source: my bank)", "7.16 CNY per US dollar",
                "Pay per year in EUR, the home currency", "Pay per year in USD, the offer&#39;s currency",
                "Pay per year in CNY, the offer&#39;s currency", "Year-1 total (EUR)");
        assertThat(ReportHtmlTest.count(html, "the offer&#39;s currency</h3>")).isEqualTo(5);
    }

    @Test
    void formatFollowsTheFileName() {
        assertThat(ReportFormat.ofFile(Path.of("a/b/Report.PDF"))).isEqualTo(ReportFormat.PDF);
        assertThat(ReportFormat.ofFile(Path.of("r.html"))).isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.ofFile(Path.of("r.htm"))).isEqualTo(ReportFormat.HTML);
        assertThatThrownBy(() -> ReportFormat.ofFile(Path.of("r.docx"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".pdf or .html").hasMessageContaining("r.docx");
    }
}
