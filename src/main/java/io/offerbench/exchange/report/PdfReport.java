package io.offerbench.exchange.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;

/**
 * The report as an A4 PDF: DejaVu Sans embedded, charts as vector drawings (each a form XObject),
 * every section in the bookmarks, a long section on a new page unless most of the page is still free, and a footer
 * with the page number.
 */
final class PdfReport {

    static final float MARGIN_SIDE = 34;
    static final float MARGIN_TOP = 32;
    static final float MARGIN_BOTTOM = 40;

    private PdfReport() {
    }

    static void write(ReportDocument doc, OutputStream out, Steps steps) {
        PdfFonts fonts = new PdfFonts();
        Document pdf = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        // Keep a chart before its caption even when it has to move to the next page.
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PdfPageFooter(fonts, fonts.printable(doc.footer())));
        pdf.addTitle(fonts.printable(doc.title()));
        pdf.addSubject(fonts.printable(doc.subtitle()));
        pdf.addCreator("OfferBench");
        pdf.open();
        pdf.add(fonts.paragraph(doc.title(), fonts.heading(1)));
        Paragraph subtitle = fonts.paragraph(doc.subtitle(), fonts.muted());
        subtitle.setSpacingAfter(6);
        pdf.add(subtitle);
        PdfBlocks blocks = new PdfBlocks(pdf, writer, fonts, doc.figures(), steps);
        for (ReportSection s : doc.sections()) {
            boolean top = s.newPage() && tooLittleLeft(pdf, writer, s);
            if (top) {
                pdf.newPage();
            }
            Paragraph title = fonts.paragraph(fonts.heading(2).getSize() * 1.3f, s.title(), fonts.heading(2));
            title.setSpacingBefore(top ? 4 : 12);
            title.setSpacingAfter(2);
            pdf.add(title);
            new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, writer.getVerticalPosition(false) + 24),
                    fonts.printable(s.title()));
            for (Block b : s.blocks()) {
                blocks.write(b);
            }
            steps.done(s.progress());
        }
        pdf.close();
    }

    /**
     * A section that wants its own page (each offer, the charts, the briefs, the benchmarks) gets one only when less
     * than a sixth of the page is left, or, for a section that opens with a chart, less than the chart needs: a new
     * page each time left half a page blank after every offer, and a title alone at the foot of a page.
     */
    private static boolean tooLittleLeft(Document pdf, PdfWriter writer, ReportSection s) {
        float left = writer.getVerticalPosition(false) - pdf.bottom();
        boolean chartFirst = !s.blocks().isEmpty() && (s.blocks().get(0) instanceof Block.Figure || s.blocks().get(0) instanceof Block.Drawing);
        return left < Math.max((pdf.top() - pdf.bottom()) / 6, chartFirst ? PdfFigure.MAX_HEIGHT + 60 : 0);
    }

    /** The width text and charts may use. */
    static float contentWidth() {
        return PageSize.A4.getWidth() - 2 * MARGIN_SIDE;
    }

    static int alignment(boolean numeric) {
        return numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }
}
