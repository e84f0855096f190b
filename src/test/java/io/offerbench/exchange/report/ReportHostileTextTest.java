package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line of the Big List of Naughty Strings as offer names, notes, comment authors and bodies:
 * the HTML report holds no markup but its own, and the PDF report is written and opens.
 */
class ReportHostileTextTest {

    /** The elements the report itself writes, its SVG charts included. */
    private static final Set<String> OWN_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "nav", "ol",
            "li", "a", "main", "section", "footer", "h1", "h2", "h3", "h4", "p", "dl", "dt", "dd", "br", "table", "thead", "tbody",
            "tr", "th", "td", "colgroup", "col", "ul", "blockquote", "div", "figure", "figcaption", "svg", "defs", "clippath", "lineargradient", "stop",
            "g", "path", "rect", "text", "line", "ellipse", "circle", "polygon", "polyline");

    @TempDir
    static Path dir;
    private static List<String> naughty;
    private static ReportContent content;

    /** Built once: the three tests only read it. */
    @BeforeAll
    static void hostileDatabase() throws Exception {
        Path corpus = Path.of(System.getProperty("offerbench.corpora"), "blns.txt");
        naughty = Files.readString(corpus, StandardCharsets.UTF_8).lines().filter(s -> !s.startsWith("#") && !s.isBlank()).toList();
        Path file = dir.resolve("hostile.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            DatasetInstaller.install(db);
            List<Offer> offers = new ArrayList<>();
            // Twelve offers named after naughty strings: more than the charts take, so names reach tables and charts.
            for (int i = 0; i < 12; i++) {
                String s = naughty.get((i * 37) % naughty.size());
                offers.add(Offer.builder().company(s).roleTitle("<script>alert(" + i + ")</script>").currency(CurrencyCode.USD)
                        .pay(Compensation.ofBase(new BigDecimal(100_000 + i * 10_000))).notes(String.join("\n", naughty.subList(i * 10, i * 10 + 10)))
                        .build());
            }
            List<Offer> saved = db.offers().saveAll(offers);
            db.inTransaction(c -> { // one transaction: hundreds of comments in a moment
                for (int i = 0; i < naughty.size(); i++) {
                    db.comments().add(new ReviewComment(0, saved.get(i % saved.size()).id(), naughty.get((i + 1) % naughty.size()),
                            i % 2 == 0 ? io.offerbench.domain.ReviewRole.ADVISOR : io.offerbench.domain.ReviewRole.STUDENT, naughty.get(i), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
                }
                return null;
            });
        }
        content = ReportFixtures.content(file);
    }

    @Test
    void htmlHoldsNoMarkupButItsOwn() throws Exception {
        String html = ReportFixtures.html(content, dir.resolve("hostile.html"));
        Set<String> tags = new TreeSet<>();
        Matcher m = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9:-]*)").matcher(html);
        while (m.find()) {
            tags.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        assertThat(OWN_TAGS).containsAll(tags);
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "javascript:\"", "onerror=\"", "<img");
        assertThat(html).contains("&lt;script&gt;alert(0)&lt;/script&gt;");
        // Attribute values cannot be broken out of: every quote of user text is an entity.
        Matcher attributes = Pattern.compile("<[a-z][^>]*>").matcher(html);
        while (attributes.find()) {
            assertThat(attributes.group()).doesNotContainPattern("\\son[a-z]+\\s*=");
        }
    }

    @Test
    void htmlKeepsEveryPrintableStringItWasGiven() throws Exception {
        String html = ReportFixtures.html(content, dir.resolve("hostile.html"));
        for (String s : naughty) {
            String printable = Html.clean(s);
            if (!printable.isBlank()) {
                assertThat(html).as(s).contains(Html.escape(printable));
            }
        }
    }

    @Test
    void pdfIsWrittenAndOpensWithRightToLeftAndMissingGlyphsHandled() throws Exception {
        Path pdf = dir.resolve("hostile.pdf");
        ReportSummary summary = ReportWriter.write(content, pdf, ReportProgress.NONE);
        assertThat(summary.offers()).isEqualTo(12);
        assertThat(summary.charts()).isEqualTo(5);
        assertThat(ReportFixtures.formXObjects(pdf)).isEqualTo(6); // and the rank-acceptability chart
        String text = ReportFixtures.pdfText(pdf);
        assertThat(text).contains("<script>alert(0)</script>", "\uFFFD");
    }
}
