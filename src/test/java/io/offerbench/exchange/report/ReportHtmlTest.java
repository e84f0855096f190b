package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.charts.ChartKind;
import io.offerbench.domain.Benchmark;
import io.offerbench.scoring.MarketPosition;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of the five sample offers, read as an advisor would: offers, charts, sources, notes, comments. */
class ReportHtmlTest {

    @TempDir
    Path dir;
    private ReportContent content;
    private String html;

    @BeforeEach
    void report() throws Exception {
        content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        html = ReportFixtures.html(content, dir.resolve("report.html"));
    }

    @Test
    void holdsEveryOfferWithItsSectionInRankOrder() {
        assertThat(content.offers()).hasSize(5);
        int previous = -1;
        for (int i = 0; i < content.offers().size(); i++) {
            String label = Html.escape(content.offers().get(i).score().offer().label());
            int section = html.indexOf("<h2>" + (i + 1) + ". " + label + "</h2>");
            assertThat(section).as(label).isGreaterThan(previous);
            previous = section;
        }
        assertThat(html).contains("Ranking", "Balanced", "Score breakdown", "Market position", "Pay per year in USD");
    }

    @Test
    void theBasisDoesNotClaimOneShareForEveryPrivateGrantWhenEachOfferCountsItsOwn() {
        // Each private grant is counted at its own or its stage's share (said under each offer); the basis must not
        // name the general share as if it applied to all of them.
        assertThat(ReportFixtures.oneLine(html)).contains("each offer\u2019s own share of its paper value, or its company stage\u2019s")
                .doesNotContain("private stock counted at \u00d70.5 of its paper value");
        assertThat(content.offers()).anySatisfy(o -> assertThat(html).contains(Html.escape(io.offerbench.text.PayWords.equity(o.score().pay()))));
    }

    @Test
    void holdsFiveChartsEachAnSvgWithItsNumberedCaption() {
        // The five comparison charts, and the rank-acceptability chart of "What to ask for".
        assertThat(count(html, "<svg ")).isEqualTo(6);
        assertThat(count(html, "data-chart=")).isEqualTo(5);
        int n = 0;
        for (ChartKind kind : ChartKind.values()) {
            n++;
            Matcher figure = Pattern.compile("<figure id=\"chart-" + kind.fileName() + "\" class=\"chart\" data-chart=\""
                    + kind.fileName() + "\">\\s*<svg .*?</svg>\\s*<figcaption>Figure " + n + "\\. [^<]+</figcaption>\\s*</figure>",
                    Pattern.DOTALL).matcher(html);
            assertThat(figure.find()).as(kind.name()).isTrue();
            // The chart names every compared offer (a long name may be wrapped over two text lines).
            String drawn = svgText(figure.group());
            content.offers().forEach(o -> assertThat(drawn).contains(Html.escape(o.score().offer().label())));
        }
    }

    @Test
    void listsEveryBenchmarkTheScoresCiteWithItsQuoteAndSource() {
        Set<String> cited = new LinkedHashSet<>();
        for (OfferReport o : content.offers()) {
            for (MarketPosition m : o.score().marketPositions()) {
                cited.addAll(m.benchmarkIds());
                cited.addAll(m.contextIds());
            }
        }
        assertThat(cited).isNotEmpty();
        for (String id : cited) {
            Benchmark b = content.benchmark(id).orElseThrow();
            assertThat(html).contains("<h3>" + id + "</h3>").contains(Html.escape(b.quote())).contains(Html.escape(io.offerbench.exchange.SourceDocuments.source(b)))
                    .doesNotContain(b.seedFile());
        }
    }

    @Test
    void keepsNotesAndCommentsApartAndShowsWhoWroteEachComment() {
        for (OfferReport o : content.offers()) {
            assertThat(html).contains("<p class=\"user\" dir=\"auto\">" + Html.escape(o.score().offer().notes()) + "</p>");
        }
        assertThat(html).contains("Prof. Ada (advisor), 2026-01-15 09:30 UTC", Html.escape(ReportFixtures.ADVISOR_COMMENT),
                "Sam (student), 2026-01-16 18:00 UTC", Html.escape(ReportFixtures.STUDENT_COMMENT));
        assertThat(count(html, "<h3>The student\u2019s notes</h3>")).isEqualTo(5);
        // The heading stands over comments only; an offer without any says so in its one quiet line of what is missing.
        long commented = content.offers().stream().filter(o -> !o.comments().isEmpty()).count();
        assertThat(commented).isBetween(1L, 4L);
        assertThat(count(html, "<h3>Review comments</h3>")).isEqualTo((int) commented);
        assertThat(count(html, "No review comments.")).isEqualTo(5 - (int) commented);
    }

    @Test
    void headerNamesWeightsCurrencyEstimatesAndWhereFiguresComeFrom() {
        assertThat(html).contains("Generated</dt><dd>2026-02-01 10:00 UTC", "Weight profile</dt><dd>Balanced",
                "Home currency</dt><dd>USD", "Private equity</dt><dd>Base scenario", "Cost-of-living estimates</dt><dd>off",
                "7.16 CNY per US dollar", Html.escape(io.offerbench.text.Texts.get("report.basis.reminder")));
    }

    @Test
    void isOneFileThatLoadsNothing() {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "url(http", "src=");
        assertThat(lower).contains("content-security-policy\" content=\"default-src 'none'");
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (links.find()) {
            assertThat(links.group(1)).startsWith("#");
        }
        assertThat(html).contains("@media print").contains("break-before: page");
    }

    @Test
    void eachScaleIsSaidOnceUnderHowScoresAreReadAndEachOfferSaysOnlyWhatItHas() {
        String text = ReportFixtures.oneLine(html);
        // Said once for five offers, in the section before the offers; it used to stand in every offer's table.
        for (String scale : new String[] {"Scarce 10, modest 30, adequate 55, generous 80, frontier scale 100.",
                "Answered from 1 to 5: 1 scores 0, each step adds 25.", "100 up to 40 hours a week, falling linearly to 0 at 80.",
                "Open 100, review before publishing 60, closed 10.", "with no cap (OfferBench\u2019s scale, not a document figure)"}) {
            assertThat(count(text, Html.escape(scale))).as(scale).isEqualTo(1);
            assertThat(text.indexOf(Html.escape(scale))).as(scale).isBetween(text.indexOf("<h2>How scores are read</h2>"), text.indexOf("<h2>1. "));
        }
        assertThat(text).doesNotContain("(scarce 10,", "; 1 scores 0, each step adds 25", " of 5: 1 scores 0");
        // The criteria on one scale share its row, and every offer's table still says the offer's own answer.
        assertThat(text).containsPattern("<td>[^<]*Team fit, Role clarity[^<]*</td>\\s*<td>Answered from 1 to 5");
        for (OfferReport o : content.offers()) {
            String label = Html.escape(o.score().offer().label());
            int from = text.indexOf(". " + label + "</h2>");
            String section = text.substring(from, text.indexOf("<h2>", from + 1));
            assertThat(section).as(label).contains("Compute: ", " of 5.", "hours a week.")
                    .doesNotContain("frontier scale 100");
        }
    }

    /** The text an SVG draws, its text elements joined, runs of white space as one space. */
    static String svgText(String svg) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            out.append(m.group(1));
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
