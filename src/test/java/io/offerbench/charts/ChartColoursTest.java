package io.offerbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.HashSet;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.junit.jupiter.api.Test;

/** One colour per offer in every chart, from a palette of distinct colours, in light and dark styles. */
class ChartColoursTest {

    @Test
    void everyChartPaintsAnOfferInTheSameColour() throws Exception {
        ComparedOffers offers = ChartFixtures.sample();
        for (ChartStyle style : new ChartStyle[] {ChartStyle.light(), ChartStyle.dark()}) {
            CategoryPlot pay = PayCompositionChart.build(offers, PayBasis.YEAR_1, style, ChartFixtures.TEXTS).getCategoryPlot();
            var cumulative = CumulativePayChart.build(offers, style, ChartFixtures.TEXTS).getXYPlot().getRenderer();
            CategoryPlot market = MarketBandChart.build(offers, style, ChartFixtures.TEXTS).getCategoryPlot();
            SpiderWebPlot radar = (SpiderWebPlot) ProfileRadarChart.build(offers, style, ChartFixtures.TEXTS).getPlot();
            CategoryPlot breakdown = ScoreBreakdownChart.build(offers, style, ChartFixtures.TEXTS).getCategoryPlot();
            for (int slot = 0; slot < offers.size(); slot++) {
                Color c = style.offerColour(slot);
                assertThat(pay.getRenderer().getItemPaint(0, slot)).isEqualTo(c);
                assertThat(cumulative.getSeriesPaint(slot)).isEqualTo(c);
                assertThat(market.getRenderer(MarketBandChart.OFFERS).getItemPaint(0, slot)).isEqualTo(c);
                assertThat(radar.getSeriesPaint(slot)).isEqualTo(c);
                assertThat(breakdown.getRenderer().getItemPaint(0, slot)).isEqualTo(c);
            }
        }
    }

    @Test
    void paletteHoldsEightDistinctColoursAndStylesDifferInBackgroundAndText() {
        for (ChartStyle style : new ChartStyle[] {ChartStyle.light(), ChartStyle.dark()}) {
            var seen = new HashSet<Color>();
            for (int slot = 0; slot < 8; slot++) {
                seen.add(style.offerColour(slot));
            }
            assertThat(seen).hasSize(8).doesNotContain(style.background());
        }
        ChartStyle light = ChartStyle.light();
        ChartStyle dark = ChartStyle.dark();
        assertThat(light.background()).isNotEqualTo(dark.background());
        assertThat(light.text()).isNotEqualTo(dark.text());
        assertThat(brightness(light.background())).isGreaterThan(brightness(light.text()));
        assertThat(brightness(dark.background())).isLessThan(brightness(dark.text()));
    }

    @Test
    void chartsTakeTheStylesBackgroundAndTextColours() throws Exception {
        ComparedOffers offers = ChartFixtures.sample();
        ChartStyle dark = ChartStyle.dark();
        var chart = CumulativePayChart.build(offers, dark, ChartFixtures.TEXTS);
        assertThat(chart.getBackgroundPaint()).isEqualTo(dark.background());
        assertThat(chart.getTitle().getPaint()).isEqualTo(dark.text());
        assertThat(chart.getXYPlot().getRangeAxis().getTickLabelPaint()).isEqualTo(dark.text());
        assertThat(chart.getXYPlot().getRangeGridlinePaint()).isEqualTo(dark.grid());
    }

    private static float brightness(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
    }
}
