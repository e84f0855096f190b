package io.offerbench.exchange.report;

import com.lowagie.text.Image;
import com.lowagie.text.ImgTemplate;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * A figure's chart drawn with OpenPDF's Graphics2D into a template (a form XObject): vector lines
 * and real text that stay sharp at any zoom and can be searched, instead of a picture.
 */
final class PdfFigure {

    /** Tall enough for the radar at nearly full width; two charts of ordinary height still share a page. */
    private static final float MAX_HEIGHT = 360;

    private PdfFigure() {
    }

    static Image draw(PdfWriter writer, PdfFonts fonts, Block.Figure figure) {
        JFreeChart chart = ChartDrawing.build(figure, fonts::printable);
        Dimension size = ChartDrawing.size(figure);
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
        image.setAlt(fonts.printable(figure.caption()));
        return image;
    }
}
