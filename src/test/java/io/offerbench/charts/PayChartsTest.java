package io.offerbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Money;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.YearPay;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pay composition and cumulative charts carry each offer's projected pay, in the home currency. */
class PayChartsTest {

    private static ComparedOffers offers;
    private static final ChartStyle STYLE = ChartStyle.light();

    @BeforeAll
    static void score() throws Exception {
        offers = ChartFixtures.sample();
    }

    @Test
    void year1BarsStackBaseBonusSignOnAndEquityPerOffer() {
        JFreeChart chart = PayCompositionChart.build(offers, PayBasis.YEAR_1, STYLE, ChartFixtures.TEXTS);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(chart.getTitle().getText()).isEqualTo("Year-1 pay by component, USD");
        assertThat(data.getRowKeys()).containsExactly("Base", "Bonus", "Sign-on", "Equity");
        assertThat(data.getColumnCount()).isEqualTo(5);
        for (int slot = 0; slot < offers.size(); slot++) {
            YearPay y1 = offers.scores().get(slot).pay().years().get(0);
            assertThat(data.getColumnKey(slot).toString()).isEqualTo(offers.scores().get(slot).offer().label());
            assertThat(data.getValue(0, slot).doubleValue()).isEqualTo(y1.base().amount().doubleValue());
            assertThat(data.getValue(1, slot).doubleValue()).isEqualTo(y1.bonus().amount().doubleValue());
            assertThat(data.getValue(2, slot).doubleValue()).isEqualTo(y1.signOn().amount().doubleValue());
            assertThat(data.getValue(3, slot).doubleValue()).isEqualTo(y1.equity().amount().doubleValue());
        }
        // Kestrel Capital (third in the file): $300,000 base, $200,000 bonus, $100,000 sign-on in year 1.
        assertThat(data.getValue("Bonus", data.getColumnKey(2)).doubleValue()).isEqualTo(200_000);
        assertThat(data.getValue("Sign-on", data.getColumnKey(2)).doubleValue()).isEqualTo(100_000);
    }

    @Test
    void steadyStateBarsAddUpToSteadyStatePayWithoutSignOn() {
        CategoryDataset data = PayCompositionChart.build(offers, PayBasis.STEADY_STATE, STYLE, ChartFixtures.TEXTS)
                .getCategoryPlot().getDataset();
        for (int slot = 0; slot < offers.size(); slot++) {
            OfferScore s = offers.scores().get(slot);
            double sum = 0;
            for (int row = 0; row < 4; row++) {
                sum += data.getValue(row, slot).doubleValue();
            }
            assertThat(sum).isEqualTo(s.steadyStateAnnual().amount().doubleValue());
            assertThat(data.getValue(2, slot).doubleValue()).isZero();
        }
    }

    @Test
    void payAxisAndTooltipsShowCurrencyWithThousands() {
        JFreeChart chart = PayCompositionChart.build(offers, PayBasis.YEAR_1, STYLE, ChartFixtures.TEXTS);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        assertThat(axis.getNumberFormatOverride().format(480000)).isEqualTo("$480,000");
        assertThat(axis.getLabel()).isEqualTo("Per year (USD)");
        CategoryItemRenderer r = plot.getRenderer();
        String tip = r.getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 0);
        assertThat(tip).contains("Helix AI — Member of Technical Staff").contains("Base: $310,000");
        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(4);
    }

    @Test
    void cumulativeLinesStartAtZeroAndFollowTheRunningTotals() {
        JFreeChart chart = CumulativePayChart.build(offers, STYLE, ChartFixtures.TEXTS);
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        assertThat(chart.getTitle().getText()).isEqualTo("Pay received over 5 years, cumulative, USD");
        assertThat(data.getSeriesCount()).isEqualTo(offers.size());
        for (int slot = 0; slot < offers.size(); slot++) {
            List<Money> running = offers.scores().get(slot).pay().cumulative();
            assertThat(data.getItemCount(slot)).isEqualTo(6);
            assertThat(data.getYValue(slot, 0)).isZero();
            for (int year = 1; year <= 5; year++) {
                assertThat(data.getXValue(slot, year)).isEqualTo(year);
                assertThat(data.getYValue(slot, year)).isEqualTo(running.get(year - 1).amount().doubleValue());
            }
        }
        String tip = plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 2, 1);
        assertThat(tip).contains("Kestrel Capital").contains("year 1").contains("$600,000");
    }
}
