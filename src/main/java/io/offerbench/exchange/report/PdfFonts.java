package io.offerbench.exchange.report;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.FontSelector;
import io.offerbench.text.BundledFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans, embedded with Identity-H so ¥, €, accents and arrows print the same on
 * every machine (the PDF base fonts cannot show them), and the bundled Droid Sans Fallback for what
 * DejaVu lacks — Chinese, Japanese and Korean above all, since one offer in five may come from a lab
 * in China with a Chinese name. Both are embedded as subsets, so a report carries only the glyphs it
 * uses. Characters neither font has (emoji, say) would silently vanish; {@link #printable} shows them
 * as U+FFFD instead, so a reader sees that something is missing rather than a shorter name.
 */
final class PdfFonts {

    static final Color TEXT = new Color(0x1F1F1F);
    static final Color MUTED = new Color(0x5F5F5F);
    static final Color ACCENT = new Color(0x0072B2);
    static final Color WARNING = new Color(0x8A4B00);
    private static final int REPLACEMENT = 0xFFFD;

    private static final byte[] REGULAR_BYTES = load("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD_BYTES = load("fonts/DejaVuSans-Bold.ttf");
    private static final String FALLBACK_RESOURCE = "fonts/DroidSansFallbackFull.ttf";
    /** 4 MB: read the first time a report needs it, then kept. */
    private static volatile byte[] fallbackBytes;

    final BaseFont regular;
    final BaseFont bold;
    /** OfferBench Sans SC, the window's and the charts' family: Chinese text and every chart in the report. */
    final BaseFont sans;
    final BaseFont sansBold;
    private BaseFont fallback;

    /** Fresh font objects per report: OpenPDF tracks the glyphs each document uses on the font object. */
    PdfFonts() {
        try {
            regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR_BYTES, null);
            bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD_BYTES, null);
            sans = BaseFont.createFont("OfferBenchSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    BundledFont.bytes(false), null);
            sansBold = BaseFont.createFont("OfferBenchSansSC-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    BundledFont.bytes(true), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Font body() {
        return new Font(regular, 8.5f, Font.NORMAL, TEXT);
    }

    Font small() {
        return new Font(regular, 7.5f, Font.NORMAL, TEXT);
    }

    Font smallBold() {
        return new Font(bold, 7.5f, Font.NORMAL, TEXT);
    }

    Font muted() {
        return new Font(regular, 7.5f, Font.NORMAL, MUTED);
    }

    Font warning() {
        return new Font(bold, 9.5f, Font.NORMAL, WARNING);
    }

    Font heading(int level) {
        return switch (level) {
            case 1 -> new Font(bold, 20, Font.NORMAL, TEXT);
            case 2 -> new Font(bold, 13, Font.NORMAL, ACCENT);
            case 3 -> new Font(bold, 10, Font.NORMAL, TEXT);
            default -> new Font(bold, 9.5f, Font.NORMAL, TEXT);
        };
    }

    /**
     * Text in {@code font}, with each run DejaVu cannot draw set in the fallback font at the same size
     * and colour: a Chinese company name prints in Chinese inside an English sentence.
     */
    Phrase phrase(String text, Font font) {
        String shown = printable(text);
        if (!needsFallback(shown)) {
            return new Phrase(shown, font);
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        selector.addFont(new Font(font.getBaseFont() == bold ? sansBold : sans, font.getSize(), Font.NORMAL, font.getColor()));
        selector.addFont(new Font(fallback(), font.getSize(), Font.NORMAL, font.getColor()));
        return selector.process(shown);
    }

    /** A paragraph of {@link #phrase} text, with the line spacing a plain paragraph in that font has. */
    Paragraph paragraph(String text, Font font) {
        return paragraph(font.getSize() * 1.5f, text, font);
    }

    Paragraph paragraph(float leading, String text, Font font) {
        Paragraph p = new Paragraph(phrase(text, font));
        p.setLeading(leading);
        return p;
    }

    /** True when some character of {@code text} is drawn by a font after DejaVu (OfferBench Sans SC or the fallback). */
    boolean needsFallback(String text) {
        return text != null && text.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !inDejaVu(cp) && cp != REPLACEMENT);
    }

    /** True when the chart font draws every visible character of {@code text} (a chart cannot switch fonts mid-text). */
    boolean chartCanDraw(String text) {
        return text == null || text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || sans.charExists(cp) && sansBold.charExists(cp));
    }

    /**
     * Chart text in OfferBench Sans SC, the family the charts are drawn with in the window (bold where the chart asks
     * for bold): it has Latin and Chinese, so Chinese titles, legends and company names print. A chart hands its text
     * over whole, with no run-by-run choice of font, so names it cannot draw are replaced in charts (see PdfFigure).
     */
    FontMapper chartFonts() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? sansBold : sans;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return new java.awt.Font(BundledFont.FAMILY, font == sansBold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
            }
        };
    }

    /** Text the fonts can draw: line breaks kept, other controls dropped, missing glyphs shown as U+FFFD. */
    String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || cp == ' ') {
                out.appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT && !regular.charExists(cp)) {
                return; // invisible anyway; a format character the font lacks (such as a zero-width joiner) is dropped, not marked
            } else if (inDejaVu(cp) || sans.charExists(cp) || fallback().charExists(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private boolean inDejaVu(int cp) {
        return regular.charExists(cp) && bold.charExists(cp);
    }

    private BaseFont fallback() {
        if (fallback == null) {
            byte[] bytes = fallbackBytes;
            if (bytes == null) {
                bytes = load(FALLBACK_RESOURCE);
                fallbackBytes = bytes;
            }
            try {
                fallback = BaseFont.createFont("DroidSansFallbackFull.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallback;
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
