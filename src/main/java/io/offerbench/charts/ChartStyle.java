package io.offerbench.charts;

import java.awt.Color;
import io.offerbench.text.BundledFont;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;

/**
 * The colours every chart is drawn with, in a light and a dark variant, so a chart stays legible on
 * either theme and in an exported file. Offers take their colour from {@link #palette()} by their
 * slot in the comparison, never by series index, so an offer has one colour in every chart.
 *
 * @param palette the offers' colours, {@link OfferPalette#COLOURS} in both styles: an offer is painted the same on a
 *                light or a dark background, in the window, the PDF and the HTML
 */
public record ChartStyle(String name, Color background, Color plotBackground, Color text, Color mutedText, Color grid,
        List<Color> palette) {

    /** The bundled family (Latin and Chinese), so a chart shows 深度求索 and Chinese titles on any machine. */
    private static final String FONT = bundledFamily();

    public ChartStyle {
        palette = List.copyOf(palette);
    }

    private static String bundledFamily() {
        BundledFont.registerWithJava2D();
        return BundledFont.FAMILY;
    }

    public static ChartStyle light() {
        return new ChartStyle("light", Color.WHITE, new Color(0xFAFAFA), new Color(0x1F1F1F), new Color(0x5F5F5F),
                new Color(0xD9D9D9), OfferPalette.COLOURS);
    }

    /** Dark variant: dark background, light text, and the very same offer colours as the light one. */
    public static ChartStyle dark() {
        return new ChartStyle("dark", new Color(0x1E1E1E), new Color(0x262626), new Color(0xE8E8E8), new Color(0xAAAAAA),
                new Color(0x474747), OfferPalette.COLOURS);
    }

    /**
     * This style with its palette in the order of {@code slots}: the offer charted first gets colour {@code slots[0]},
     * and so on, so the builders, which colour by charted position, paint each offer its own colour.
     */
    public ChartStyle forSlots(List<Integer> slots) {
        if (slots.isEmpty()) {
            return this;
        }
        return new ChartStyle(name, background, plotBackground, text, mutedText, grid, slots.stream().map(this::offerColour).toList());
    }

    /** The colour of the offer in the given slot (0 = first offer compared). */
    public Color offerColour(int slot) {
        return palette.get(Math.floorMod(slot, palette.size()));
    }

    /** A colour moved {@code amount} (0-1) of the way towards the background: lighter on light, darker on dark. */
    public Color tint(Color c, double amount) {
        return mix(c, background, amount);
    }

    /** Black or white text, whichever reads better on {@code fill}. */
    public static Color textOn(Color fill) {
        double luminance = (0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue()) / 255;
        return luminance > 0.55 ? Color.BLACK : Color.WHITE;
    }

    static Color mix(Color a, Color b, double amount) {
        double k = Math.max(0, Math.min(1, amount));
        return new Color((int) Math.round(a.getRed() * (1 - k) + b.getRed() * k),
                (int) Math.round(a.getGreen() * (1 - k) + b.getGreen() * k),
                (int) Math.round(a.getBlue() * (1 - k) + b.getBlue() * k));
    }

    /**
     * Applies background, text, grid and fonts to a chart. Builders call this first and set the
     * per-offer colours afterwards, since a theme resets the paints it knows about.
     */
    public void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme(name);
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(background);
        theme.setPlotBackgroundPaint(plotBackground);
        theme.setPlotOutlinePaint(grid);
        theme.setTitlePaint(text);
        theme.setSubtitlePaint(mutedText);
        theme.setLegendBackgroundPaint(background);
        theme.setLegendItemPaint(text);
        theme.setAxisLabelPaint(text);
        theme.setTickLabelPaint(text);
        theme.setItemLabelPaint(text);
        theme.setDomainGridlinePaint(grid);
        theme.setRangeGridlinePaint(grid);
        theme.setBaselinePaint(mutedText);
        theme.setLabelLinkPaint(mutedText);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    /** A one-line explanation under the title, in muted text. */
    public TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text);
        t.setPaint(mutedText);
        t.setFont(new Font(FONT, Font.PLAIN, 11));
        return t;
    }

    /** Flat bars without shadows, for renderers created after {@link #apply} (the theme only reaches existing ones). */
    public <R extends BarRenderer> R flat(R renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        return renderer;
    }
}
