package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.exchange.negotiation.BriefDraft;
import io.offerbench.exchange.negotiation.NegotiationBrief;
import io.offerbench.scoring.OfferScore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report holds the negotiation brief of every offer that does not lead, in both formats, and nothing private. */
class ReportBriefsTest {

    @TempDir
    Path dir;

    @Test
    void everyNonLeadingOfferHasItsBriefAndTheLeaderHasNone() throws Exception {
        ReportContent content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        List<OfferScore> scores = content.ranking().scores();
        String html = ReportFixtures.html(content, dir.resolve("report.html"));
        int section = html.indexOf("<section id=\"negotiation-briefs\"");
        assertThat(section).isPositive();
        String briefs = html.substring(section, html.indexOf("</section>", section));
        assertThat(briefs).doesNotContain(Html.escape("Negotiation brief: " + scores.get(0).offer().label()));
        for (OfferScore s : scores.subList(1, scores.size())) {
            BriefDraft d = NegotiationBrief.compose(s, content.ranking(), content.context(), content.generatedAt().toLocalDate());
            assertThat(briefs).contains(Html.escape(d.title()), Html.escape(d.subject()));
            d.asks().forEach(a -> assertThat(briefs).contains(Html.escape(a)));
        }
        assertThat(briefs).doesNotContain(Html.escape(ReportFixtures.ADVISOR_COMMENT), Html.escape(ReportFixtures.STUDENT_COMMENT));
        scores.forEach(s -> {
            if (!s.offer().notes().isBlank()) {
                assertThat(briefs).doesNotContain(Html.escape(s.offer().notes()));
            }
        });

        Path pdf = dir.resolve("report.pdf");
        ReportWriter.write(content, pdf, ReportFormat.PDF, ReportProgress.NONE);
        String text = ReportFixtures.oneLine(ReportFixtures.pdfText(pdf));
        assertThat(text).contains("Negotiation briefs", "Negotiation brief: " + scores.get(1).offer().label());
    }

    @Test
    void aBriefCitesOnlyBenchmarkRowsTheComparisonHolds() throws Exception {
        ReportContent content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        Set<String> ids = content.context().benchmarks().stream().map(Benchmark::id).collect(Collectors.toSet());
        for (OfferScore s : content.ranking().scores()) {
            BriefDraft d = NegotiationBrief.compose(s, content.ranking(), content.context(), content.generatedAt().toLocalDate());
            assertThat(ids).containsAll(d.benchmarkIds());
            String md = NegotiationBrief.markdown(d);
            Matcher cited = Pattern.compile("Benchmark (\\S+):").matcher(md);
            while (cited.find()) {
                assertThat(ids).contains(cited.group(1));
            }
            // Every numbered mark points at a numbered source.
            Matcher mark = Pattern.compile("\\[(\\d+)]").matcher(md);
            while (mark.find()) {
                assertThat(Integer.parseInt(mark.group(1))).isBetween(1, d.sources().size());
            }
        }
    }
}
