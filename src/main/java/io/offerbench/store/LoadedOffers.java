package io.offerbench.store;

import io.offerbench.domain.Offer;
import java.util.List;

/** The offers that load, and the rows that cannot be loaded with what is wrong with each. */
public record LoadedOffers(List<Offer> offers, List<DamagedOffer> damaged) {

    public LoadedOffers {
        offers = List.copyOf(offers);
        damaged = List.copyOf(damaged);
    }
}
