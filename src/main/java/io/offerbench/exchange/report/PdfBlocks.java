package io.offerbench.exchange.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;

/**
 * Writes one {@link Block} into the PDF. Text that people typed goes into table cells with the
 * Unicode bidi algorithm on, so a Hebrew or Arabic name reads right to left; everything passes
 * through {@link PdfFonts#printable}.
 */
final class PdfBlocks {

    private static final Color RULE = new Color(0xD9D9D9);
    private static final Color SOFT = new Color(0xF4F4F4);

    private final Document pdf;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final int charts;
    private final Steps steps;

    PdfBlocks(Document pdf, PdfWriter writer, PdfFonts fonts, int charts, Steps steps) {
        this.pdf = pdf;
        this.writer = writer;
        this.fonts = fonts;
        this.charts = charts;
        this.steps = steps;
    }

    void write(Block block) {
        // Java 17: no pattern matching for switch yet, so an instanceof chain over the sealed types.
        if (block instanceof Block.Heading h) {
            Font font = fonts.heading(h.level());
            Paragraph p = fonts.paragraph(font.getSize() * 1.25f, h.text(), font);
            p.setSpacingBefore(4);
            p.setSpacingAfter(1);
            pdf.add(p);
        } else if (block instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (block instanceof Block.Facts f) {
            facts(f);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.Bullets b) {
            com.lowagie.text.List list = new com.lowagie.text.List(false, 10);
            list.setListSymbol(new Chunk("\u2022", fonts.body()));
            b.items().forEach(item -> list.add(new ListItem(fonts.phrase(item, fonts.body()))));
            pdf.add(list);
        } else if (block instanceof Block.Quote q) {
            pdf.add(box(fonts.phrase("\u201c" + q.text() + "\u201d", fonts.body()), PdfFonts.ACCENT));
        } else if (block instanceof Block.Comment c) {
            Phrase phrase = new Phrase();
            phrase.add(fonts.phrase(c.byline() + "\n", fonts.smallBold()));
            phrase.add(fonts.phrase(c.body(), fonts.body()));
            pdf.add(box(phrase, RULE));
        } else if (block instanceof Block.Figure f) {
            pdf.add(PdfFigure.draw(writer, fonts, f));
            String key = PdfFigure.key(f, fonts);
            Paragraph caption = fonts.paragraph(key.isEmpty() ? f.caption() : f.caption() + " " + key, fonts.muted());
            caption.setSpacingAfter(6);
            pdf.add(caption);
            steps.done(Steps.chart(f, charts));
        } else if (block instanceof Block.Drawing d) {
            pdf.add(PdfFigure.draw(writer, fonts, d.chart().apply(fonts::printable), new java.awt.Dimension(d.width(), d.height()),
                    d.caption()));
            Paragraph caption = fonts.paragraph(d.caption(), fonts.muted());
            caption.setSpacingAfter(6);
            pdf.add(caption);
        } else {
            throw new IllegalArgumentException("No PDF for " + block.getClass().getSimpleName());
        }
    }

    private void paragraph(Block.Paragraph p) {
        if (p.tone() == Block.Tone.USER) {
            pdf.add(box(fonts.phrase(p.text(), fonts.body()), RULE));
            return;
        }
        Font font = switch (p.tone()) {
            case MUTED -> fonts.muted();
            case WARNING -> fonts.warning();
            default -> fonts.body();
        };
        Paragraph para = fonts.paragraph(p.text(), font);
        para.setLeading(font.getSize() * 1.25f);
        para.setSpacingAfter(2);
        pdf.add(para);
    }

    /**
     * Label and value. Two short facts in a row (an offer's type and seniority, a benchmark's outlet and date) share a
     * line, a long one has the line to itself: one fact a line took half again the height.
     */
    private void facts(Block.Facts f) {
        PdfPTable table = table(new float[] {1.25f, 2.75f, 1.25f, 2.75f});
        List<Block.Fact> facts = f.facts();
        for (int i = 0; i < facts.size(); i++) {
            Block.Fact fact = facts.get(i);
            table.addCell(cell(fact.label(), fonts.muted(), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
            PdfPCell value = cell(fact.value(), fonts.small(), Element.ALIGN_LEFT, Rectangle.NO_BORDER);
            if (isShort(fact) && i + 1 < facts.size() && isShort(facts.get(i + 1))) {
                table.addCell(value);
                Block.Fact next = facts.get(++i);
                table.addCell(cell(next.label(), fonts.muted(), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
                table.addCell(cell(next.value(), fonts.small(), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
            } else {
                value.setColspan(3);
                table.addCell(value);
            }
        }
        pdf.add(table);
    }

    private static boolean isShort(Block.Fact fact) {
        return fact.value().length() <= SHORT_FACT && !fact.value().contains("\n");
    }

    /** The longest value that still fits its half of the page on one line in the small font. */
    private static final int SHORT_FACT = 38;

    private void table(Block.Table t) {
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.columns().get(i).width();
        }
        PdfPTable table = table(widths);
        table.setHeaderRows(1);
        for (Block.Column c : t.columns()) {
            PdfPCell head = cell(c.title(), fonts.smallBold(), PdfReport.alignment(c.numeric()), Rectangle.BOTTOM);
            head.setBorderWidthBottom(1f);
            head.setBorderColorBottom(PdfFonts.TEXT);
            table.addCell(head);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            boolean total = t.totalRow() && r == t.rows().size() - 1;
            for (int i = 0; i < t.columns().size(); i++) {
                PdfPCell cell = cell(t.rows().get(r).get(i), total ? fonts.smallBold() : fonts.small(),
                        PdfReport.alignment(t.columns().get(i).numeric()), total ? Rectangle.TOP : Rectangle.BOTTOM);
                cell.setBorderColor(total ? PdfFonts.TEXT : RULE);
                table.addCell(cell);
            }
        }
        pdf.add(table);
    }

    private PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(1);
        table.setSpacingAfter(3);
        table.setSplitLate(false); // a long row (an explanation, a note) may continue on the next page
        return table;
    }

    private PdfPCell cell(String value, Font font, int alignment, int border) {
        PdfPCell cell = new PdfPCell(fonts.phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(border);
        cell.setBorderColor(RULE);
        cell.setPadding(1.2f);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        cell.setPaddingBottom(2.4f);
        cell.setLeading(0, 1.12f); // the default is single spacing, too tight for a wrapped explanation
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }

    /** A shaded box with a coloured left edge: notes, comments and quotes. */
    private PdfPTable box(Phrase content, Color edge) {
        PdfPTable table = table(new float[] {1});
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBorderColorLeft(edge);
        cell.setBackgroundColor(SOFT);
        cell.setPadding(4);
        cell.setLeading(0, 1.2f);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        table.addCell(cell);
        return table;
    }
}
