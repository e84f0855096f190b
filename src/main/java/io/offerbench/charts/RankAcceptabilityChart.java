package io.offerbench.charts;

import io.offerbench.scoring.negotiation.RankAcceptability;
import java.awt.BasicStroke;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How sure the ranking is, as one stacked bar per rank (1st at the top): each bar is split among the
 * offers by how often each took that rank over the plausible weightings, so every bar is 100%. Each
 * offer keeps its colour slot, which here is its place in the ranking on screen (as in the report's
 * other charts).
 */
public final class RankAcceptabilityChart {

    private RankAcceptabilityChart() {
    }

    public static JFreeChart build(RankAcceptability table, ChartStyle style, ChartTexts texts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int n = table.size();
        for (int i = 0; i < n; i++) {
            OfferKey offer = new OfferKey(table.offers().get(i).id(), table.offers().get(i).label());
            for (int rank = 1; rank <= n; rank++) {
                data.addValue(table.probability(i, rank).doubleValue() * 100, offer, texts.get("chart.acceptability.rank", rank));
            }
        }
        NumberAxis share = new NumberAxis(texts.get("chart.acceptability.axis"));
        share.setRange(0, 100);
        share.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), share, null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(texts.get("chart.acceptability.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style.apply(chart);
        StackedBarRenderer r = new StackedBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return style.offerColour(row);
            }
        };
        style.flat(r);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(style.background());
        r.setDefaultOutlineStroke(new BasicStroke(1f));
        r.setMaximumBarWidth(0.16);
        r.setDefaultToolTipGenerator((dataset, row, column) -> texts.get("chart.acceptability.tooltip",
                table.offers().get(row).label(), column + 1, ChartFormats.points(dataset.getValue(row, column))));
        for (int i = 0; i < n; i++) {
            r.setSeriesPaint(i, style.offerColour(i));
        }
        plot.setRenderer(r);
        chart.addSubtitle(style.subtitle(texts.get("chart.acceptability.subtitle")));
        return chart;
    }
}
