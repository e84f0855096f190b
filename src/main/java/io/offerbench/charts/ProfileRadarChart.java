package io.offerbench.charts;

import io.offerbench.domain.Criterion;
import io.offerbench.scoring.OfferScore;
import java.awt.BasicStroke;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.util.TableOrder;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A spider web of each offer's raw 0-100 scores on the criteria other than pay (pay has charts of
 * its own), one outline per offer in its colour: the shape shows at a glance where an offer is
 * strong on freedom, publishing or compute and weak on hours or stability.
 */
public final class ProfileRadarChart {

    /** The spokes, in criterion order: every criterion but pay. */
    public static final List<Criterion> CRITERIA = Arrays.stream(Criterion.values()).filter(c -> c != Criterion.PAY).toList();

    private ProfileRadarChart() {
    }

    public static JFreeChart build(ComparedOffers offers, ChartStyle style, ChartTexts texts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int slot = 0; slot < offers.size(); slot++) {
            OfferScore s = offers.scores().get(slot);
            for (Criterion c : CRITERIA) {
                BigDecimal raw = s.rawScores().get(c);
                data.addValue(raw.doubleValue(), offers.key(slot), texts.get("criterion." + c.name()));
            }
        }
        SpiderWebPlot plot = new SpiderWebPlot(data, TableOrder.BY_ROW);
        plot.setMaxValue(100);
        JFreeChart chart = new JFreeChart(texts.get("chart.profile.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style.apply(chart);
        // Outlines only: SpiderWebPlot draws fill and outline with one alpha, and translucent outlines of
        // five offers blur into each other; solid lines in distinct colours stay apart.
        plot.setWebFilled(false);
        plot.setLabelPaint(style.text());
        plot.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.setAxisLinePaint(style.grid());
        plot.setOutlineVisible(false);
        plot.setInteriorGap(0.22);
        for (int slot = 0; slot < offers.size(); slot++) {
            plot.setSeriesPaint(slot, style.offerColour(slot));
            plot.setSeriesOutlinePaint(slot, style.offerColour(slot));
            plot.setSeriesOutlineStroke(slot, new BasicStroke(2.2f));
        }
        plot.setToolTipGenerator((dataset, row, column) -> {
            OfferScore s = offers.scores().get(row);
            Criterion c = CRITERIA.get(column);
            var component = s.component(c);
            String value = ChartFormats.points(component.rawScore());
            return component.entered()
                    ? texts.get("chart.profile.tooltip", s.offer().label(), texts.get("criterion." + c.name()), value)
                    : texts.get("chart.profile.tooltipNeutral", s.offer().label(), texts.get("criterion." + c.name()), value);
        });
        chart.addSubtitle(style.subtitle(texts.get("chart.profile.subtitle")));
        return chart;
    }
}
