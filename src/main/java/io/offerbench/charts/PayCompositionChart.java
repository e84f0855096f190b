package io.offerbench.charts;

import io.offerbench.domain.Money;
import io.offerbench.scoring.OfferScore;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Stacked bars of each offer's pay by component. Each bar is in its offer's colour; the components
 * are shades of it (base darkest, equity lightest), and the legend shows the shades in grey so it
 * reads for every offer at once.
 */
public final class PayCompositionChart {

    /** Component order, bottom to top; also the series order of the dataset. */
    public static final List<String> COMPONENT_KEYS = List.of("base", "bonus", "signOn", "equity");
    private static final double[] SHADES = {0, 0.3, 0.55, 0.75};

    private PayCompositionChart() {
    }

    public static JFreeChart build(ComparedOffers offers, PayBasis basis, ChartStyle style, ChartTexts texts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int slot = 0; slot < offers.size(); slot++) {
            List<Money> parts = basis.components(offers.scores().get(slot).pay());
            for (int c = 0; c < COMPONENT_KEYS.size(); c++) {
                data.addValue(ChartFormats.plot(parts.get(c)), componentLabel(c, texts), offers.key(slot));
            }
        }
        String currency = offers.currency().code();
        String title = texts.get(basis == PayBasis.YEAR_1 ? "chart.pay.title.year1" : "chart.pay.title.steady", currency);
        NumberAxis amounts = new NumberAxis(texts.get("chart.axis.perYear", currency));
        // Horizontal bars: long offer names ("Northwind Research — Research Scientist") stay readable on the left.
        CategoryPlot plot = new CategoryPlot(data, ChartFormats.offerAxis(), amounts, null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style.apply(chart);
        amounts.setNumberFormatOverride(ChartFormats.moneyAxis(offers.currency()));
        plot.setRenderer(renderer(offers, basis, style, texts));
        plot.setFixedLegendItems(legend(style, texts));
        chart.addSubtitle(style.subtitle(texts.get(basis == PayBasis.YEAR_1 ? "chart.pay.subtitle.year1" : "chart.pay.subtitle.steady")));
        return chart;
    }

    static String componentLabel(int component, ChartTexts texts) {
        return texts.get("chart.component." + COMPONENT_KEYS.get(component));
    }

    private static StackedBarRenderer renderer(ComparedOffers offers, PayBasis basis, ChartStyle style, ChartTexts texts) {
        StackedBarRenderer r = new StackedBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return style.tint(style.offerColour(column), SHADES[row]);
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return style.offerColour(column);
            }
        };
        style.flat(r);
        r.setDrawBarOutline(true);
        r.setDefaultOutlineStroke(new BasicStroke(1f));
        r.setMaximumBarWidth(0.14);
        r.setDefaultToolTipGenerator((dataset, row, column) -> {
            OfferScore s = offers.scores().get(column);
            Money part = basis.components(s.pay()).get(row);
            String line = texts.get("chart.pay.tooltip", s.offer().label(), componentLabel(row, texts), ChartFormats.money(part),
                    ChartFormats.money(basis.components(s.pay()).stream().reduce(Money::plus).orElseThrow()));
            return row == 3 ? line + "\n" + io.offerbench.text.PayWords.equity(s.pay()) : line;
        });
        return r;
    }

    private static LegendItemCollection legend(ChartStyle style, ChartTexts texts) {
        LegendItemCollection items = new LegendItemCollection();
        for (int c = 0; c < COMPONENT_KEYS.size(); c++) {
            Color shade = style.tint(style.mutedText(), SHADES[c]);
            LegendItem item = new LegendItem(componentLabel(c, texts), null, null, null, new Rectangle2D.Double(-6, -6, 12, 12),
                    shade, new BasicStroke(1f), style.mutedText());
            item.setLabelPaint(style.text());
            items.add(item);
        }
        return items;
    }
}
