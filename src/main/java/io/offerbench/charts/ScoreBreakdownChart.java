package io.offerbench.charts;

import io.offerbench.domain.Criterion;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.ScoreComponent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Each offer's total as a horizontal bar split into its criteria's weighted points, so the length is
 * the score and the segments say where it came from. Segments are shades of the offer's colour,
 * separated by thin gaps and named inside when wide enough; every segment's tooltip gives the sum.
 */
public final class ScoreBreakdownChart {

    private static final double[] SHADES = {0, 0.35, 0.6};
    /** Segments narrower than this many points are too short to carry a readable name. */
    private static final double LABEL_MIN_POINTS = 6;

    private ScoreBreakdownChart() {
    }

    public static JFreeChart build(ComparedOffers offers, ChartStyle style, ChartTexts texts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Criterion c : Criterion.values()) {
            for (int slot = 0; slot < offers.size(); slot++) {
                data.addValue(offers.scores().get(slot).component(c).points().doubleValue(),
                        texts.get("criterion." + c.name()), offers.key(slot));
            }
        }
        NumberAxis points = new NumberAxis(texts.get("chart.breakdown.axis"));
        points.setRange(0, 100);
        CategoryPlot plot = new CategoryPlot(data, ChartFormats.offerAxis(), points, null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(texts.get("chart.breakdown.title", offers.weightsName()), JFreeChart.DEFAULT_TITLE_FONT, plot,
                false);
        style.apply(chart);
        plot.setRenderer(renderer(offers, style, texts));
        chart.addSubtitle(style.subtitle(texts.get("chart.breakdown.subtitle")));
        return chart;
    }

    private static StackedBarRenderer renderer(ComparedOffers offers, ChartStyle style, ChartTexts texts) {
        StackedBarRenderer r = new StackedBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return shade(style, row, column);
            }

            @Override
            public Paint getItemLabelPaint(int row, int column) {
                return ChartStyle.textOn(shade(style, row, column));
            }
        };
        style.flat(r);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(style.plotBackground());
        r.setDefaultOutlineStroke(new BasicStroke(1.5f));
        r.setAutoPopulateSeriesOutlinePaint(false);
        r.setAutoPopulateSeriesOutlineStroke(false);
        r.setMaximumBarWidth(0.14);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        r.setDefaultItemLabelGenerator(new ShortLabels(offers, texts, LABEL_MIN_POINTS));
        r.setDefaultToolTipGenerator((dataset, row, column) -> {
            OfferScore s = offers.scores().get(column);
            ScoreComponent c = s.components().get(row);
            return texts.get("chart.breakdown.tooltip", s.offer().label(), texts.get("criterion." + c.criterion().name()),
                    ChartFormats.points(c.points()), ChartFormats.points(c.rawScore()),
                    ChartFormats.points(c.weightShare().movePointRight(2)), ChartFormats.points(s.total()));
        });
        return r;
    }

    private static Color shade(ChartStyle style, int row, int column) {
        return style.tint(style.offerColour(column), SHADES[row % SHADES.length]);
    }
}
