package io.offerbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

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
}
