package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.text.HintWords;
import io.offerbench.text.Language;
import io.offerbench.text.MarketWords;
import io.offerbench.text.PayWords;
import io.offerbench.text.ReasonWords;
import io.offerbench.text.SensitivityWords;
import io.offerbench.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in Chinese: every heading and sentence the report writes comes from the Chinese bundle, so no English
 * sentence of the English bundle is left in it; names, ids and the documents' quotes stay as they are.
 */
class ReportChineseTest {

    /** Three words or more: what a sentence (not a name, a code or a unit) looks like. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}");

    @TempDir
    Path dir;
    private ReportContent content;

    @BeforeEach
    void chineseReportOfTheSampleWithAChineseCompany() throws Exception {
        Path db = ReportFixtures.sampleWithComments(dir);
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            Offer first = d.offers().findAll().get(0);
            d.offers().save(first.toBuilder().company("深度求索").build());
        }
        Texts.use(Language.SIMPLIFIED_CHINESE);
        content = ReportFixtures.content(db);
    }

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void theHtmlReportHasNoEnglishSentenceFromTheBundle() throws Exception {
        String html = ReportFixtures.html(content, dir.resolve("report.html"));
        assertThat(html).contains("<html lang=\"zh-CN\">", "<h1>工作 Offer 对比</h1>", "本报告的依据", "排名", "所用基准",
                "2026年2月1日 10:00 UTC", "学生的备注", "审阅意见", "深度求索");
        assertThat(englishSentencesIn(withoutDocumentText(visibleText(html)))).isEmpty();
    }

    @Test
    void scoringsExplanationsHintsSensitivityAndPayNotesAreChinese() throws Exception {
        String html = visibleText(ReportFixtures.html(content, dir.resolve("scoring.html")));
        List<String> english = scoringInEnglish();
        assertThat(english).hasSizeGreaterThan(10);
        assertThat(english).filteredOn(html::contains).isEmpty();
        assertThat(html).contains(ReportFixtures.oneLine(SensitivityWords.sentence(content.ranking().sensitivity())));
        content.offers().forEach(o -> o.score().hints().forEach(h -> assertThat(html).contains(ReportFixtures.oneLine(HintWords.text(h)))));
    }

    @Test
    void eachScaleIsSaidOnceInChineseUnderHowScoresAreRead() throws Exception {
        String html = visibleText(ReportFixtures.html(content, dir.resolve("scales.html")));
        assertThat(html).contains("分数如何解读", "原始分如何计算");
        assertThat(ReportHtmlTest.count(html, "稀缺 10，一般 30，够用 55，充足 80，前沿规模 100。")).isEqualTo(1);
        assertThat(ReportHtmlTest.count(html, "按 1 到 5 分作答：1 分计 0，每高一级加 25。")).isEqualTo(1);
        assertThat(html).contains("算力：").doesNotContain("（稀缺 10，");
    }

    @Test
    void thePdfReportIsInChineseWithTheChineseNamePrinted() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        ReportWriter.write(content, pdf, ReportFormat.PDF, ReportProgress.NONE);
        String text = ReportFixtures.pdfText(pdf);
        assertThat(text).contains("工作 Offer 对比", "本报告的依据", "所用基准", "深度求索", "第 1 页", "2026年2月1日").doesNotContain("\uFFFD");
        assertThat(englishSentencesIn(withoutDocumentText(text))).isEmpty();
    }

    @Test
    void theBenchmarksUsedSectionGivesEachShippedRowsSubjectAndCaveatInChinese() throws Exception {
        String html = visibleText(ReportFixtures.html(content, dir.resolve("benchmarks.html")));
        List<io.offerbench.domain.Benchmark> shipped = content.context().benchmarks().stream()
                .filter(io.offerbench.domain.Benchmark::isFromDocument)
                .filter(b -> html.contains(ReportFixtures.oneLine(io.offerbench.text.BenchmarkTexts.subject(b)))).toList();
        assertThat(shipped).hasSizeGreaterThan(3);
        assertThat(shipped).allSatisfy(b -> {
            assertThat(io.offerbench.text.BenchmarkTexts.subject(b)).containsPattern("\\p{IsHan}");
            assertThat(html).doesNotContain(ReportFixtures.oneLine(b.subject()));
            if (!b.caveat().isBlank()) {
                assertThat(html).contains(ReportFixtures.oneLine(io.offerbench.text.BenchmarkTexts.caveat(b)))
                        .doesNotContain(ReportFixtures.oneLine(b.caveat()));
            }
        });
        assertThat(html).contains("最顶尖应届博士的薪酬包");
    }

    @Test
    void theDocumentsQuotesStayVerbatimInEnglish() throws Exception {
        String html = ReportFixtures.html(content, dir.resolve("quotes.html"));
        String someQuote = content.offers().stream().flatMap(o -> o.score().marketPositions().stream())
                .flatMap(m -> m.contextIds().stream().map(id -> content.benchmark(id).orElseThrow().quote()))
                .filter(q -> !q.isBlank()).findFirst().orElseThrow();
        assertThat(html).contains(Html.escape(someQuote));
    }

    /** Each English text's fixed words (between its arguments) that read as a sentence and appear in {@code text}. */
    private static List<String> englishSentencesIn(String text) {
        ResourceBundle en = Texts.bundle(Language.ENGLISH);
        ResourceBundle zh = Texts.bundle(Language.SIMPLIFIED_CHINESE);
        Map<String, String> found = new TreeMap<>();
        for (String key : en.keySet()) {
            String english = en.getString(key);
            if (english.equals(zh.getString(key))) {
                continue;
            }
            for (String piece : literalPieces(english)) {
                if (WORDS.matcher(piece).find() && text.contains(piece.strip())) {
                    found.put(key, piece.strip());
                }
            }
        }
        List<String> out = new ArrayList<>();
        found.forEach((k, v) -> out.add(k + ": " + v));
        return out;
    }

    /** The text outside {placeholders}, with '' read as an apostrophe. */
    private static List<String> literalPieces(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char ch : pattern.replace("''", "'").toCharArray()) {
            if (ch == '{') {
                if (depth++ == 0) {
                    pieces.add(current.toString());
                    current.setLength(0);
                }
            } else if (ch == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                current.append(ch);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }

    /**
     * The report without the user's own benchmark rows' subject and caveat, kept as the user typed them. A shipped
     * row's subject and caveat are our words (the English bundle holds them), so in Chinese they must be Chinese like
     * everything scoring says — explanations, hints, the sensitivity sentence, pay and rate notes.
     */
    private String withoutDocumentText(String text) {
        List<String> data = new ArrayList<>();
        content.context().benchmarks().stream().filter(b -> !b.isFromDocument()).forEach(b -> {
            data.add(b.subject());
            data.add(b.caveat());
        });
        String out = text;
        for (String s : data) {
            if (s != null && !s.isBlank()) {
                out = out.replace(ReportFixtures.oneLine(s), " ");
            }
        }
        return out;
    }

    /** What scoring says of the sample, in English: none of it may be left in the Chinese report. */
    private List<String> scoringInEnglish() {
        Texts.use(Language.ENGLISH);
        try {
            List<String> english = new ArrayList<>();
            content.offers().forEach(o -> {
                english.add(PayWords.equity(o.score().pay()));
                english.add(PayWords.conversion(o.score().pay().conversion()));
                english.addAll(PayWords.notes(o.score().pay()));
                o.score().hints().forEach(h -> english.add(HintWords.text(h)));
                o.score().components().forEach(c -> english.add(ReasonWords.explain(c)));
                o.score().marketPositions().forEach(m -> english.addAll(MarketWords.lines(m)));
            });
            english.add(SensitivityWords.sentence(content.ranking().sensitivity()));
            return english.stream().filter(t -> !t.isBlank()).map(ReportFixtures::oneLine).toList();
        } finally {
            Texts.use(Language.SIMPLIFIED_CHINESE);
        }
    }

    private static String visibleText(String html) {
        String body = html.substring(html.indexOf("<body>")).replaceAll("<[^>]*>", " ");
        return ReportFixtures.oneLine(body.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&"));
    }
}
