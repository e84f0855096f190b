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

    /**
     * The flags of the latest ranking, made once per ranking: every money cell reads them each time it is updated
     * (a scroll step updates a column of cells), and made per read they cost a map and a sentence per left-out offer.
     */
    static final class Latest {
        private Map<Long, String> flags;

        Latest(Ranking first) {
            flags = of(first);
        }

        /** Takes {@code now}'s flags; true when they differ from the ones before (the table then shows them again). */
        boolean update(Ranking now) {
            Map<Long, String> next = of(now);
            boolean changed = !next.equals(flags);
            flags = next;
            return changed;
        }

        Map<Long, String> get() {
            return flags;
        }
    }
}
