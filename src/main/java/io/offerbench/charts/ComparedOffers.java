package io.offerbench.charts;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.scoring.OfferScore;
import java.util.List;

/**
 * What every comparison chart is drawn from: the chosen offers' scores in the order the user lists
 * them (which is also their colour slot, so colours do not jump when ranks change), the home
 * currency all amounts are in, and the weight profile the scores were computed with.
 */
public record ComparedOffers(List<OfferScore> scores, CurrencyCode currency, String weightsName) {

    public ComparedOffers {
        scores = List.copyOf(scores);
    }

    public OfferKey key(int slot) {
        OfferScore s = scores.get(slot);
        return new OfferKey(s.offer().id(), s.offer().label());
    }

    public int size() {
        return scores.size();
    }
}
