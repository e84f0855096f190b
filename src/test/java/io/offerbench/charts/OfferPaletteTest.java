package io.offerbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An offer's colour is its place among all the offers, so it keeps it whichever others are charted beside it. */
class OfferPaletteTest {

    @Test
    void anOfferKeepsItsColourWhateverIsComparedWithIt() {
        List<Long> all = List.of(30L, 10L, 20L, 40L);
        assertThat(OfferPalette.slots(all, List.of(10L, 20L, 30L, 40L))).containsExactly(0, 1, 2, 3);
        assertThat(OfferPalette.slots(all, List.of(40L, 20L))).as("in rank order, unticked ones left out").containsExactly(3, 1);
        assertThat(OfferPalette.slots(all, List.of(30L))).containsExactly(2);
    }

    @Test
    void withMoreOffersThanColoursTwoThatWouldMeetGetDifferentOnes() {
        List<Long> ten = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(OfferPalette.slots(ten, List.of(1L, 9L))).containsExactly(0, 1);
        assertThat(OfferPalette.slots(ten, List.of(9L, 1L, 2L))).containsExactly(0, 1, 2);
    }

    @Test
    void aStyleOrderedBySlotsPaintsEachChartedOfferItsOwnColour() {
        ChartStyle light = ChartStyle.light();
        ChartStyle ordered = light.forSlots(List.of(3, 1));
        assertThat(ordered.offerColour(0)).isEqualTo(light.offerColour(3));
        assertThat(ordered.offerColour(1)).isEqualTo(light.offerColour(1));
        assertThat(ordered.background()).isEqualTo(light.background());
    }

    @Test
    void anOfferHasTheSameColourInTheLightAndDarkThemesAsInThePdf() {
        ChartStyle light = ChartStyle.light(); // the PDF and the HTML are drawn in the light style
        ChartStyle dark = ChartStyle.dark();
        assertThat(OfferPalette.COLOURS).hasSize(OfferPalette.SIZE).doesNotHaveDuplicates();
        for (int slot = 0; slot < OfferPalette.SIZE; slot++) {
            assertThat(dark.offerColour(slot)).as("slot %d", slot).isEqualTo(light.offerColour(slot))
                    .isEqualTo(OfferPalette.COLOURS.get(slot));
        }
    }

    @Test
    void everyOfferColourReadsOnBothBackgrounds() {
        for (ChartStyle style : new ChartStyle[] {ChartStyle.light(), ChartStyle.dark()}) {
            for (Color background : new Color[] {style.background(), style.plotBackground()}) {
                for (Color colour : OfferPalette.COLOURS) {
                    assertThat(contrast(colour, background)).as("%s on %s (%s)", hex(colour), hex(background), style.name())
                            .isGreaterThanOrEqualTo(2.0);
                }
            }
        }
    }

    /** The WCAG contrast ratio of two colours (1 to 21). */
    private static double contrast(Color a, Color b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
