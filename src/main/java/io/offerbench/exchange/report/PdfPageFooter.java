package io.offerbench.exchange.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** A quiet line at the foot of every page: what the report is, when it was made, and the page number. */
final class PdfPageFooter extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final String text;

    PdfPageFooter(PdfFonts fonts, String text) {
        this.fonts = fonts;
        this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 20;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, fonts.phrase(text, fonts.muted()), document.left(), y, 0);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                fonts.phrase(ReportWords.text("page", writer.getPageNumber()), fonts.muted()), document.right(), y, 0);
    }
}
