package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.junit.jupiter.api.Test;

/**
 * The bundled face draws English punctuation at Latin widths: its curly quotes and middle dot were an em wide (Noto
 * Sans CJK SC's Chinese forms), so "don’t" read "don’ t" everywhere (tools/narrow-latin-punctuation.py narrowed them).
 * Han characters and the katakana middle dot keep their full em.
 */
class BundledFontPunctuationTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void curlyQuotesAndTheMiddleDotAreNarrowAndHanCharactersStayOneEm() throws Exception {
        for (boolean bold : new boolean[] {false, true}) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, BundledFont.open(bold)).deriveFont(100f);
            double em = width(font, "\u6c34"); // 水
            assertThat(em).isCloseTo(100, org.assertj.core.data.Offset.offset(0.5));
            for (String mark : new String[] {"\u2018", "\u2019", "\u201c", "\u201d", "\u00b7"}) {
                assertThat(width(font, mark)).as("U+%04X, bold %s", (int) mark.charAt(0), bold).isLessThan(em * 0.5);
            }
            assertThat(width(font, "don\u2019t")).as("as wide as with a straight apostrophe, give or take")
                    .isCloseTo(width(font, "don't"), org.assertj.core.data.Offset.offset(em * 0.05));
            assertThat(width(font, "\u30fb")).as("the katakana middle dot keeps its em").isCloseTo(em, org.assertj.core.data.Offset.offset(0.5));
        }
    }

    private static double width(Font font, String text) {
        return font.getStringBounds(text, FRC).getWidth();
    }
}
