package io.offerbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criterion;
import io.offerbench.scoring.OfferScore;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The radar shows raw non-monetary scores; the breakdown bars add up to each offer's total. */
class ScoreChartsTest {

    private static ComparedOffers offers;
    private static final ChartStyle STYLE = ChartStyle.light();

    @BeforeAll
    static void score() throws Exception {
        offers = ChartFixtures.sample();
    }

    @Test
    void radarHasOneSpokePerNonPayCriterionAndRawScores() {
        JFreeChart chart = ProfileRadarChart.build(offers, STYLE, ChartFixtures.TEXTS);
        SpiderWebPlot plot = (SpiderWebPlot) chart.getPlot();
        CategoryDataset data = plot.getDataset();
        assertThat(data.getRowCount()).isEqualTo(offers.size());
        assertThat(data.getColumnCount()).isEqualTo(Criterion.values().length - 1);
        assertThat(data.getColumnKeys()).contains("Research freedom", "Publication", "Compute").doesNotContain("Pay");
        OfferScore university = offers.scores().get(3);
        assertThat(data.getValue(3, data.getColumnIndex("Research freedom")).doubleValue()).isEqualTo(90);
        assertThat(data.getValue(3, data.getColumnIndex("Publication")).doubleValue())
                .isEqualTo(university.rawScores().get(Criterion.PUBLICATION).doubleValue()).isEqualTo(100);
        assertThat(plot.getToolTipGenerator().generateToolTip(data, 3, 0)).contains("State University").contains("90 / 100");
    }

    @Test
    void breakdownSegmentsAreWeightedPointsAddingUpToTheTotal() {
        JFreeChart chart = ScoreBreakdownChart.build(offers, STYLE, ChartFixtures.TEXTS);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertThat(chart.getTitle().getText()).contains("Balanced");
        assertThat(data.getRowCount()).isEqualTo(Criterion.values().length);
        for (int slot = 0; slot < offers.size(); slot++) {
            OfferScore s = offers.scores().get(slot);
            double sum = 0;
            for (int row = 0; row < data.getRowCount(); row++) {
                assertThat(data.getValue(row, slot).doubleValue()).isEqualTo(s.components().get(row).points().doubleValue());
                sum += data.getValue(row, slot).doubleValue();
            }
            assertThat(sum).isCloseTo(s.total().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
        }
        String tip = plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 1, 0);
        assertThat(tip).contains("Helix AI").contains("Research freedom").contains("points").contains("Total " + ChartFormats.points(offers.scores().get(0).total()));
    }

    @Test
    void aZoomedBreakdownGoesBackToItsPointsScaleAsBuilt() {
        JFreeChart chart = ScoreBreakdownChart.build(offers, STYLE, ChartFixtures.TEXTS);
        ChartZoom zoom = ChartZoom.asBuilt(chart);
        var points = chart.getCategoryPlot().getRangeAxis();
        org.jfree.data.Range built = points.getRange();
        assertThat(zoom.isZoomed()).isFalse();

        chart.getCategoryPlot().zoomRangeAxes(0.5, null, new java.awt.geom.Point2D.Double(), false); // what a wheel turn does

        assertThat(points.getRange()).isNotEqualTo(built);
        assertThat(zoom.isZoomed()).isTrue();
        zoom.reset();
        assertThat(points.getRange()).isEqualTo(built);
        assertThat(zoom.isZoomed()).isFalse();
    }

    @Test
    void aZoomedCumulativeChartGoesBackToItsFittedAxes() {
        JFreeChart chart = CumulativePayChart.build(offers, STYLE, ChartFixtures.TEXTS);
        ChartZoom zoom = ChartZoom.asBuilt(chart);
        var amounts = chart.getXYPlot().getRangeAxis();
        org.jfree.data.Range built = amounts.getRange();

        amounts.setRange(0, 10);

        assertThat(zoom.isZoomed()).isTrue();
        zoom.reset();
        assertThat(amounts.getRange()).isEqualTo(built);
    }
}
