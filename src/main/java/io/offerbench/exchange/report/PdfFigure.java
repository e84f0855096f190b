package io.offerbench.exchange.report;

import com.lowagie.text.Image;
import com.lowagie.text.ImgTemplate;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Graphics2D;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * A figure's chart drawn with OpenPDF's Graphics2D into a template (a form XObject): vector lines
 * and real text that stay sharp at any zoom and can be searched, instead of a picture.
 */
final class PdfFigure {

    /** Tall enough for the radar at nearly full width; two charts of ordinary height still share a page. */
    static final float MAX_HEIGHT = 230;

    private PdfFigure() {
    }

    static Image draw(PdfWriter writer, PdfFonts fonts, Block.Figure figure) {
        return draw(writer, fonts, ChartDrawing.build(withChartNames(figure, fonts), fonts::printable), ChartDrawing.size(figure),
                figure.caption());
    }

    static Image draw(PdfWriter writer, PdfFonts fonts, JFreeChart chart, Dimension size, String caption) {
        PdfTemplate template = writer.getDirectContent().createTemplate(size.width, size.height);
        Graphics2D g = template.createGraphics(size.width, size.height, fonts.chartFonts());
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        } finally {
            g.dispose();
        }
        Image image = new ImgTemplate(template);
        image.scaleToFit(PdfReport.contentWidth(), MAX_HEIGHT);
        image.setAlignment(Image.MIDDLE);
        image.setAlt(fonts.printable(caption));
        return image;
    }

    /**
     * The names a chart can draw: an offer whose name the chart font lacks (a Korean company name, a rare
     * hanzi outside GB 2312) is "Offer N" in the chart, N its rank, and {@link #key} says who that is in text,
     * where the fallback font can print it.
     */
    static Map<OfferScore, String> aliases(Block.Figure figure, PdfFonts fonts) {
        Map<OfferScore, String> out = new LinkedHashMap<>();
        for (OfferScore s : figure.offers().scores()) {
            if (!fonts.chartCanDraw(fonts.printable(s.offer().label()))) {
                out.put(s, ReportWords.text("chart.alias", s.rank()));
            }
        }
        return out;
    }

    /** "In this chart, Offer 2 is 杭州深度求索 — Researcher.", or empty when every name is drawn as it is. */
    static String key(Block.Figure figure, PdfFonts fonts) {
        Map<OfferScore, String> aliases = aliases(figure, fonts);
        if (aliases.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        aliases.forEach((score, alias) -> items.add(ReportWords.text("chart.keyItem", alias, score.offer().label())));
        return ReportWords.text("chart.key", String.join(ReportWords.text("chart.keySeparator"), items));
    }

    private static Block.Figure withChartNames(Block.Figure figure, PdfFonts fonts) {
        Map<OfferScore, String> aliases = aliases(figure, fonts);
        if (aliases.isEmpty()) {
            return figure;
        }
        List<OfferScore> scores = figure.offers().scores().stream().map(s -> {
            String alias = aliases.get(s);
            if (alias == null) {
                return s;
            }
            Offer shown = s.offer().toBuilder().company(alias).roleTitle("").build();
            return new OfferScore(shown, s.rank(), s.total(), s.components(), s.pay(), s.marketPositions(), s.hints());
        }).toList();
        ComparedOffers renamed = new ComparedOffers(scores, figure.offers().currency(), figure.offers().weightsName(),
                figure.offers().colourSlots());
        return new Block.Figure(figure.number(), figure.kind(), figure.caption(), renamed);
    }
}
