package io.offerbench.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ChartStyle;
import io.offerbench.scoring.OfferScore;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's charts paint each offer in the colour the Compare tab gives it (its place among the offers as
 * entered), not by rank: the sample's leader was drawn in the first offer's blue in the PDF and another colour on
 * screen.
 */
class ReportColoursTest {

    @TempDir
    Path dir;

    @Test
    void eachOfferHasItsWindowColourInTheReportsCharts() throws Exception {
        ReportContent content = ReportFixtures.content(ReportFixtures.sampleWithComments(dir));
        Block.Figure figure = ReportDocument.of(content).sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Figure f && f.kind() == ChartKind.PAY_COMPOSITION).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow();
        List<Long> byEntry = content.ranking().scores().stream().map(s -> s.offer().id()).sorted().toList();
        JFreeChart chart = ChartDrawing.build(figure, s -> s);
        List<OfferScore> charted = figure.offers().scores();
        assertThat(charted.get(0).offer().id()).as("the sample's leader was not entered first").isNotEqualTo(byEntry.get(0));
        for (int column = 0; column < charted.size(); column++) {
            int entered = byEntry.indexOf(charted.get(column).offer().id());
            assertThat(chart.getCategoryPlot().getRenderer().getItemPaint(0, column)).as(charted.get(column).offer().label())
                    .isEqualTo(ChartStyle.light().tint(ChartStyle.light().offerColour(entered), 0));
        }
    }
}
