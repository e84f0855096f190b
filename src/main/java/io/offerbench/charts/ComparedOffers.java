package io.offerbench.charts;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.scoring.OfferScore;
import java.util.List;

/**
 * What every comparison chart is drawn from: the chosen offers' scores in the order they are charted, each offer's
 * palette slot ({@link OfferPalette}: the same for an offer in the window and in the report), the home currency all
 * amounts are in, and the weight profile the scores were computed with.
 */
public record ComparedOffers(List<OfferScore> scores, CurrencyCode currency, String weightsName, List<Integer> colourSlots) {

    public ComparedOffers {
        scores = List.copyOf(scores);
        colourSlots = List.copyOf(colourSlots);
        if (colourSlots.size() != scores.size()) {
            throw new IllegalArgumentException(scores.size() + " offers but " + colourSlots.size() + " colour slots");
        }
    }

    /** Offers coloured in the order given (the first takes the palette's first colour). */
    public ComparedOffers(List<OfferScore> scores, CurrencyCode currency, String weightsName) {
        this(scores, currency, weightsName, java.util.stream.IntStream.range(0, scores.size()).boxed().toList());
    }

    /** The palette slot of the offer charted in position {@code slot}. */
    public int colourSlot(int slot) {
        return colourSlots.get(slot);
    }

    public OfferKey key(int slot) {
        OfferScore s = scores.get(slot);
        return new OfferKey(s.offer().id(), s.offer().label());
    }

    public int size() {
        return scores.size();
    }
}
