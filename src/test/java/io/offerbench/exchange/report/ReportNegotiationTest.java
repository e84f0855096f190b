package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.negotiation.CounterOfferSolver;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report states each offer's counter-offer targets as the Ranking screen words them: the leader's in "What to ask
 * for", every other offer's in its brief after it.
 */
class ReportNegotiationTest {

    @TempDir
    Path dir;

    @Test
    void everyOfferHasItsCounterOfferSentenceAfterTheRanking() throws Exception {
        ReportContent content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        String html = ReportFixtures.html(content, dir.resolve("report.html"));
        int section = html.indexOf("What to ask for");
        assertThat(section).isGreaterThan(html.indexOf("Ranking"));
        CounterOfferSolver.solve(content.ranking(), content.context()).forEach(c ->
                assertThat(html.substring(section)).contains(Html.escape(NegotiationWords.targets(c).get(0))));
        // Under Balanced the faculty post leads on research freedom, publishing and team fit; the raises that would put
        // Northwind first are reported as a measure of the gap, never as an ask.
        assertThat(html).contains("No realistic raise puts Northwind Research — Research Scientist first: it would take +$1,216,683 base",
                "not a realistic ask", "State University — Assistant Professor is 4.61 points ahead, mostly on research freedom (+6.02 points)");
    }

    @Test
    void theRankAcceptabilityChartAndItsTableAreInBothFormats() throws Exception {
        ReportContent content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        String html = ReportFixtures.html(content, dir.resolve("report.html"));
        assertThat(html).contains("<figure id=\"chart-rank-acceptability\" class=\"chart\">", "How sure is this ranking?",
                "of plausible weightings", "Rank 5");
        java.nio.file.Path pdf = dir.resolve("report.pdf");
        ReportWriter.write(content, pdf, ReportFormat.PDF, ReportProgress.NONE);
        assertThat(ReportFixtures.oneLine(ReportFixtures.pdfText(pdf))).contains("How sure is this ranking?", "of plausible weightings");
    }
}
