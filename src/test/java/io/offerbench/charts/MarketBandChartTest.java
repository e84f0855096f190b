package io.offerbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.scoring.BandRow;
import io.offerbench.scoring.MarketPosition;
import java.awt.GradientPaint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;

/** Bands run from the benchmarks' low to high, offers sit on them, and tooltips name the sources. */
class MarketBandChartTest {

    private static final ChartStyle STYLE = ChartStyle.light();

    @Test
    void bandsAndOfferFiguresComeFromTheMarketPositions() throws Exception {
        ComparedOffers offers = ChartFixtures.sampleWithTypicalRows();
        CategoryPlot plot = MarketBandChart.build(offers, STYLE, ChartFixtures.TEXTS).getCategoryPlot();
        IntervalCategoryDataset bands = (IntervalCategoryDataset) plot.getDataset(MarketBandChart.BANDS);
        CategoryDataset figures = plot.getDataset(MarketBandChart.OFFERS);
        int withBand = 0;
        for (int slot = 0; slot < offers.size(); slot++) {
            MarketPosition m = offers.scores().get(slot).market();
            assertThat(figures.getValue(0, slot).doubleValue()).isEqualTo(m.offerValue().amount().doubleValue());
            if (m.bandLow() != null && m.bandHigh() != null && m.bandLow().compareTo(m.bandHigh()) < 0) {
                withBand++;
                assertThat(bands.getStartValue(0, slot).doubleValue()).isEqualTo(m.bandLow().amount().doubleValue());
                assertThat(bands.getEndValue(0, slot).doubleValue()).isEqualTo(m.bandHigh().amount().doubleValue());
            } else if (m.bandLow() != null && m.bandHigh() != null) {
                // A single figure (the DeepSeek income) is drawn as a thin sliver around it, not as nothing.
                double figure = m.bandLow().amount().doubleValue();
                double top = plot.getRangeAxis().getUpperBound();
                assertThat(bands.getStartValue(0, slot).doubleValue()).isLessThan(figure).isGreaterThan(figure - top * 0.01);
                assertThat(bands.getEndValue(0, slot).doubleValue()).isGreaterThan(figure).isLessThan(figure + top * 0.01);
            }
        }
        assertThat(withBand).as("the sample offers have closed bands to draw").isGreaterThan(0);
    }

    @Test
    void bandTooltipListsEveryRowsOutletDateAndId() throws Exception {
        ComparedOffers offers = ChartFixtures.sampleWithTypicalRows();
        CategoryPlot plot = MarketBandChart.build(offers, STYLE, ChartFixtures.TEXTS).getCategoryPlot();
        MarketPosition helix = offers.scores().get(0).market();
        assertThat(helix.rows()).isNotEmpty();
        String tip = plot.getRenderer(MarketBandChart.BANDS).getDefaultToolTipGenerator()
                .generateToolTip(plot.getDataset(MarketBandChart.BANDS), 0, 0);
        assertThat(tip).startsWith("Helix AI").contains(io.offerbench.text.MarketWords.band(helix));
        for (BandRow row : helix.rows()) {
            assertThat(tip).contains(row.outlet() + ", " + io.offerbench.text.Formats.published(row.published()) + ", id " + row.benchmarkId());
        }
        String offerTip = plot.getRenderer(MarketBandChart.OFFERS).getDefaultToolTipGenerator()
                .generateToolTip(plot.getDataset(MarketBandChart.OFFERS), 0, 0);
        assertThat(offerTip).contains("Year-1 total").contains(ChartFormats.money(helix.offerValue()));
    }

    @Test
    void openEndsReachTheEdgeOfTheChartAndFadeOut() {
        ComparedOffers offers = ChartFixtures.openEnded();
        JFreeChart chart = MarketBandChart.build(offers, STYLE, ChartFixtures.TEXTS);
        CategoryPlot plot = chart.getCategoryPlot();
        IntervalCategoryDataset bands = (IntervalCategoryDataset) plot.getDataset(MarketBandChart.BANDS);
        double top = plot.getRangeAxis().getUpperBound();
        // "upwards of $500,000": from 500,000 to the right-hand edge.
        assertThat(bands.getStartValue(0, 0).doubleValue()).isEqualTo(500_000);
        assertThat(bands.getEndValue(0, 0).doubleValue()).isEqualTo(top).isGreaterThan(500_000);
        // "under $400,000": from zero up to 400,000.
        assertThat(bands.getStartValue(0, 1).doubleValue()).isZero();
        assertThat(bands.getEndValue(0, 1).doubleValue()).isEqualTo(400_000);
        assertThat(plot.getRenderer(MarketBandChart.BANDS).getItemPaint(0, 0)).isInstanceOf(GradientPaint.class);
        String tip = plot.getRenderer(MarketBandChart.BANDS).getDefaultToolTipGenerator().generateToolTip(bands, 0, 0);
        assertThat(tip).contains("upwards of $500,000").contains("Semafor, 2023-12-15, id test-upwards");
    }

    /** The shipped documents hold no typical figure: no band is drawn, the subtitle says so, context rows are marks. */
    @Test
    void withNoTypicalFigureTheChartSaysSoAndMarksTheContextRows() throws Exception {
        ComparedOffers offers = ChartFixtures.sample();
        JFreeChart chart = MarketBandChart.build(offers, STYLE, ChartFixtures.TEXTS);
        CategoryPlot plot = chart.getCategoryPlot();
        StringBuilder subtitles = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                subtitles.append(t.getText()).append('\n');
            }
        }
        assertThat(subtitles.toString()).contains("The documents give no typical pay figure for these offers, so no band is drawn")
                .contains("for context only");
        IntervalCategoryDataset bands = (IntervalCategoryDataset) plot.getDataset(MarketBandChart.BANDS);
        for (int slot = 0; slot < offers.size(); slot++) {
            assertThat(bands.getStartValue(0, slot)).isNull();
        }
        CategoryDataset context = plot.getDataset(MarketBandChart.CONTEXT);
        int marks = 0;
        for (int slot = 0; slot < offers.size(); slot++) {
            MarketPosition m = offers.scores().get(slot).market();
            for (int k = 0; k < m.context().size(); k++) {
                marks++;
                assertThat(context.getValue(k, slot).doubleValue()).isEqualTo(m.context().get(k).figure().amount().doubleValue());
                String tip = plot.getRenderer(MarketBandChart.CONTEXT).getDefaultToolTipGenerator().generateToolTip(context, k, slot);
                assertThat(tip).contains(m.context().get(k).row().benchmarkId()).contains("%");
            }
        }
        assertThat(marks).as("the sample offers have top-of-market context").isGreaterThan(0);
        assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(2); // the offer, and context marks: no band key
    }
}
