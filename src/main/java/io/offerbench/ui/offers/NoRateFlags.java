package io.offerbench.ui.offers;

import io.offerbench.scoring.ExcludedOffer;
import io.offerbench.scoring.Ranking;
import io.offerbench.ui.common.Messages;
import java.util.HashMap;
import java.util.Map;

/**
 * Which offers the latest ranking left out because their currency has no exchange rate, with the
 * sentence the offers table shows for each: the table flags them so an offer missing from the
 * ranking is never a mystery.
 */
final class NoRateFlags {

    private NoRateFlags() {
    }

    /** Offer id to the reason it is left out of the ranking; empty when every offer ranks. */
    static Map<Long, String> of(Ranking ranking) {
        Map<Long, String> out = new HashMap<>();
        if (ranking != null) {
            for (ExcludedOffer x : ranking.excluded()) {
                out.put(x.offer().id(), Messages.get("money.ui.offers.noRate", x.currency().code()));
            }
        }
        return out;
    }
}
