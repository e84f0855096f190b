package io.offerbench.charts;

import io.offerbench.scoring.MarketPosition;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.GradientPaintTransformType;
import org.jfree.chart.ui.StandardGradientPaintTransformer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * Each offer's headline pay figure (a diamond) against the market band its typical benchmarks give (a
 * bar from the band's low to its high). An open end ("upwards of", "under") fades out towards the edge
 * of the chart instead of pretending to a limit no document gave; the band's tooltip names every
 * source row (outlet, date, benchmark id, its own range). Top-of-market and one-company figures are
 * context, never a band: each is a thin mark on the offer's row, its tooltip the row in words; when
 * no offer has a typical band (the documents hold none) the subtitle says so instead of drawing none.
 */
public final class MarketBandChart {

    /** Dataset index of the offers' figures (drawn on top) and of the bands. */
    public static final int OFFERS = 0;
    public static final int BANDS = 1;
    /** Dataset index of the context marks (top of market, one company): series k is each offer's k-th context row. */
    public static final int CONTEXT = 2;
    /** How far past the highest figure an open-ended band reaches, as a share of that figure. */
    private static final double OPEN_END_REACH = 0.15;
    /** The drawn width of a band that is a single figure, as a share of the axis. */
    private static final double POINT_WIDTH = 0.01;

    private MarketBandChart() {
    }

    public static JFreeChart build(ComparedOffers offers, ChartStyle style, ChartTexts texts) {
        int n = offers.size();
        double top = highestFigure(offers) * (1 + OPEN_END_REACH);
        Comparable<?>[] categories = new Comparable<?>[n];
        Number[][] starts = new Number[1][n];
        Number[][] ends = new Number[1][n];
        DefaultCategoryDataset figures = new DefaultCategoryDataset();
        String offerSeries = texts.get("chart.market.offer");
        for (int slot = 0; slot < n; slot++) {
            MarketPosition m = offers.scores().get(slot).market();
            categories[slot] = offers.key(slot);
            boolean hasBand = m.verdict() != MarketPosition.Verdict.NO_BENCHMARK && (m.bandLow() != null || m.bandHigh() != null);
            double low = !hasBand || m.bandLow() == null ? 0.0 : ChartFormats.plot(m.bandLow());
            double high = !hasBand || m.bandHigh() == null ? top : ChartFormats.plot(m.bandHigh());
            // A single reported figure (low = high) would be a bar of no width: give it a visible sliver.
            double sliver = high - low < top * POINT_WIDTH ? top * POINT_WIDTH / 2 : 0;
            starts[0][slot] = hasBand ? low - sliver : null;
            ends[0][slot] = hasBand ? high + sliver : null;
            figures.addValue(ChartFormats.plot(m.offerValue()), offerSeries, offers.key(slot));
        }
        DefaultCategoryDataset context = new DefaultCategoryDataset();
        boolean anyBand = false;
        int contextRows = 0;
        for (int slot = 0; slot < n; slot++) {
            MarketPosition m = offers.scores().get(slot).market();
            anyBand |= starts[0][slot] != null;
            contextRows = Math.max(contextRows, m.context().size());
        }
        for (int k = 0; k < contextRows; k++) {
            for (int slot = 0; slot < n; slot++) {
                java.util.List<io.offerbench.scoring.MarketContext> rows = offers.scores().get(slot).market().context();
                context.addValue(k < rows.size() ? ChartFormats.plot(rows.get(k).figure()) : null, CONTEXT_SERIES + k, offers.key(slot));
            }
        }
        DefaultIntervalCategoryDataset bands = new DefaultIntervalCategoryDataset(
                new Comparable<?>[] {texts.get("chart.market.band")}, categories, starts, ends);

        String currency = offers.currency().code();
        NumberAxis amounts = new NumberAxis(texts.get("chart.axis.perYear", currency));
        amounts.setRange(0, top);
        CategoryPlot plot = new CategoryPlot(figures, ChartFormats.offerAxis(), amounts, null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDataset(BANDS, bands);
        plot.setDataset(CONTEXT, context);
        JFreeChart chart = new JFreeChart(texts.get("chart.market.title", currency), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style.apply(chart);
        amounts.setNumberFormatOverride(ChartFormats.moneyAxis(offers.currency()));
        MarketTooltips tips = new MarketTooltips(offers, texts);
        plot.setRenderer(OFFERS, figureRenderer(style, tips));
        plot.setRenderer(BANDS, bandRenderer(offers, style, tips));
        plot.setRenderer(CONTEXT, contextRenderer(offers, style));
        plot.setFixedLegendItems(legend(style, texts, anyBand, contextRows > 0));
        // With no typical figure there is no band to draw: say so, rather than leave an empty chart that looks like one.
        chart.addSubtitle(style.subtitle(texts.get(anyBand ? "chart.market.subtitle"
                : contextRows > 0 ? "chart.market.noTypical.context" : "chart.market.noTypical")));
        return chart;
    }

    private static final String CONTEXT_SERIES = "context ";

    private static double highestFigure(ComparedOffers offers) {
        double max = 1;
        for (var s : offers.scores()) {
            MarketPosition m = s.market();
            max = Math.max(max, ChartFormats.plot(m.offerValue()));
            for (io.offerbench.scoring.MarketContext c : m.context()) {
                max = Math.max(max, ChartFormats.plot(c.figure()));
            }
            if (m.bandLow() != null) {
                max = Math.max(max, ChartFormats.plot(m.bandLow()));
            }
            if (m.bandHigh() != null) {
                max = Math.max(max, ChartFormats.plot(m.bandHigh()));
            }
        }
        return max;
    }

    private static LineAndShapeRenderer figureRenderer(ChartStyle style, MarketTooltips tips) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int row, int column) {
                return style.offerColour(column);
            }
        };
        r.setDefaultShape(diamond());
        r.setSeriesShape(0, diamond());
        r.setUseOutlinePaint(true);
        r.setDefaultOutlinePaint(style.text());
        r.setSeriesOutlinePaint(0, style.text());
        r.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
        r.setDrawOutlines(true);
        r.setDefaultToolTipGenerator((dataset, row, column) -> tips.offer(column));
        return r;
    }

    private static IntervalBarRenderer bandRenderer(ComparedOffers offers, ChartStyle style, MarketTooltips tips) {
        IntervalBarRenderer r = new IntervalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                MarketPosition m = offers.scores().get(column).market();
                Color band = style.tint(style.offerColour(column), 0.6);
                if (m.bandHigh() == null) {
                    return new GradientPaint(0, 0, band, 1, 0, style.plotBackground());
                }
                return m.bandLow() == null ? new GradientPaint(0, 0, style.plotBackground(), 1, 0, band) : band;
            }
        };
        style.flat(r);
        r.setGradientPaintTransformer(new StandardGradientPaintTransformer(GradientPaintTransformType.HORIZONTAL));
        r.setMaximumBarWidth(0.5);
        r.setDrawBarOutline(false);
        r.setDefaultToolTipGenerator((dataset, row, column) -> tips.band(column));
        return r;
    }

    /** A thin upright mark at each context row's figure, in the muted text colour; its tooltip is the row in words. */
    private static LineAndShapeRenderer contextRenderer(ComparedOffers offers, ChartStyle style) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(false, true);
        for (int k = 0; k < 20; k++) {
            r.setSeriesShape(k, contextMark());
            r.setSeriesPaint(k, style.mutedText());
        }
        r.setDefaultShape(contextMark());
        r.setDefaultPaint(style.mutedText());
        r.setDefaultToolTipGenerator((dataset, row, column) -> {
            MarketPosition m = offers.scores().get(column).market();
            return row < m.context().size() ? io.offerbench.text.MarketWords.context(m, m.context().get(row)).replaceFirst("^\u2022 ", "")
                    : null;
        });
        return r;
    }

    private static LegendItemCollection legend(ChartStyle style, ChartTexts texts, boolean bands, boolean context) {
        LegendItemCollection items = new LegendItemCollection();
        if (bands) {
            LegendItem band = new LegendItem(texts.get("chart.market.band"), style.tint(style.mutedText(), 0.6));
            band.setLabelPaint(style.text());
            items.add(band);
        }
        LegendItem figure = new LegendItem(texts.get("chart.market.offer"), null, null, null, diamond(), style.mutedText());
        figure.setLabelPaint(style.text());
        items.add(figure);
        if (bands) {
            LegendItem open = new LegendItem(texts.get("chart.market.openEnd"), null, null, null, new Rectangle2D.Double(-6, -4, 12, 8),
                    new GradientPaint(-6, 0, style.tint(style.mutedText(), 0.6), 6, 0, style.plotBackground()));
            open.setLabelPaint(style.text());
            items.add(open);
        }
        if (context) {
            LegendItem mark = new LegendItem(texts.get("chart.market.context"), null, null, null, contextMark(), style.mutedText());
            mark.setLabelPaint(style.text());
            items.add(mark);
        }
        return items;
    }

    private static java.awt.Shape contextMark() {
        return new Rectangle2D.Double(-1.5, -9, 3, 18);
    }

    private static java.awt.Shape diamond() {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(0, -7);
        d.lineTo(7, 0);
        d.lineTo(0, 7);
        d.lineTo(-7, 0);
        d.closePath();
        return d;
    }
}
