package io.offerbench.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which palette colour each offer gets: the one source of an offer's colour for the window's charts and swatches,
 * the PDF and the HTML report. An offer's slot is its place among all offers of the comparison in the order they
 * were entered (by id), so it keeps its colour whether it is ticked with others or alone, whatever its rank, and in
 * the report as on screen. With more offers than colours two could meet: the later one takes the next free colour.
 */
public final class OfferPalette {

    /**
     * The offers' colours, by slot, for every theme and output: the Okabe–Ito hues (told apart with the common
     * colour-vision deficiencies), with a mid grey for its black and a darker yellow for its yellow, so that each
     * reads on a white page and on the dark theme's background alike (contrast at least 2:1 on both,
     * {@code OfferPaletteTest}) and no theme has to swap or recolour an offer.
     */
    public static final List<Color> COLOURS = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x8C8C8C), new Color(0xA08F00));

    /** As many colours as {@link #COLOURS} holds, and as many offers as one chart compares. */
    public static final int SIZE = 8;

    private OfferPalette() {
    }

    /** The palette slot of each of {@code compared} (ids, in the order charted), among {@code all} the offers' ids. */
    public static List<Integer> slots(Collection<Long> all, List<Long> compared) {
        List<Long> order = all.stream().distinct().sorted().toList();
        boolean[] taken = new boolean[SIZE];
        List<Integer> slots = new ArrayList<>();
        for (long id : compared) {
            int place = order.indexOf(id);
            int slot = Math.floorMod(place < 0 ? order.size() + slots.size() : place, SIZE);
            for (int tries = 0; taken[slot] && tries < SIZE; tries++) {
                slot = (slot + 1) % SIZE;
            }
            taken[slot] = true;
            slots.add(slot);
        }
        return slots;
    }
}
