package io.offerbench.charts;

import io.offerbench.domain.Money;
import io.offerbench.scoring.OfferScore;
import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Pay received so far, year by year, one line per offer. Starting every line at zero in year 0 makes
 * the shape tell the story: a steep first step is front-loading (sign-on), a flat start then a jump is
 * a vesting cliff, and where lines cross is when one offer overtakes another.
 */
public final class CumulativePayChart {

    public static final int YEARS = 5;

    private CumulativePayChart() {
    }

    public static JFreeChart build(ComparedOffers offers, ChartStyle style, ChartTexts texts) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int slot = 0; slot < offers.size(); slot++) {
            XYSeries line = new XYSeries(offers.key(slot), false, false);
            line.add(0, 0);
            List<Money> running = offers.scores().get(slot).pay().cumulative();
            for (int year = 1; year <= Math.min(YEARS, running.size()); year++) {
                line.add(year, ChartFormats.plot(running.get(year - 1)));
            }
            data.addSeries(line);
        }
        String currency = offers.currency().code();
        NumberAxis years = new NumberAxis(texts.get("chart.axis.year"));
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setRange(0, YEARS + 0.2);
        NumberAxis amounts = new NumberAxis(texts.get("chart.axis.received", currency));
        XYPlot plot = new XYPlot(data, years, amounts, null);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(texts.get("chart.cumulative.title", YEARS, currency), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style.apply(chart);
        amounts.setNumberFormatOverride(ChartFormats.moneyAxis(offers.currency()));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int slot = 0; slot < offers.size(); slot++) {
            r.setSeriesPaint(slot, style.offerColour(slot));
            r.setSeriesStroke(slot, new BasicStroke(2.5f));
        }
        r.setDefaultToolTipGenerator((dataset, series, item) -> {
            OfferScore s = offers.scores().get(series);
            int year = (int) dataset.getXValue(series, item);
            return texts.get("chart.cumulative.tooltip", s.offer().label(), year,
                    ChartFormats.money(dataset.getYValue(series, item), offers.currency()));
        });
        plot.setRenderer(r);
        chart.addSubtitle(style.subtitle(texts.get("chart.cumulative.subtitle")));
        return chart;
    }
}
