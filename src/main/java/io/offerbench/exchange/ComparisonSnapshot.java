package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads everything a comparison file carries from one database, in one read so the offers, their
 * comments and the tables all come from the same moment. Document benchmark rows are not copied
 * (every installation has the dataset); only which of them the user hid.
 */
public final class ComparisonSnapshot {

    private ComparisonSnapshot() {
    }

    /** Settings whose keys start with this are how one computer shows the window (theme, last tab), not comparison data. */
    public static final String WINDOW_SETTINGS_PREFIX = "ui.";

    /**
     * The settings a comparison carries: scoring settings yes, window preferences no, so an advisor
     * opening a student's file keeps their own theme and does not land on the student's last tab.
     */
    static Map<String, String> comparisonSettings(Map<String, String> all) {
        Map<String, String> kept = new TreeMap<>(all);
        kept.keySet().removeIf(k -> k.startsWith(WINDOW_SETTINGS_PREFIX));
        return kept;
    }

    public static Comparison of(Database db) {
        return db.read(c -> {
            List<SharedOffer> offers = new ArrayList<>();
            Map<Long, String> uids = db.offers().uids();
            for (Offer o : db.offers().findAll()) {
                offers.add(new SharedOffer(o, db.comments().listByOffer(o.id()), uids.get(o.id())));
            }
            List<Benchmark> userRows = new ArrayList<>();
            Set<String> hidden = new TreeSet<>();
            for (Benchmark b : db.benchmarks().findAll()) {
                if (!b.isFromDocument()) {
                    userRows.add(b);
                } else if (b.hidden()) {
                    hidden.add(b.id());
                }
            }
            return new Comparison(offers, db.profiles().findAll(), userRows, hidden, db.rates().findAll(),
                    db.locationFactors().findAll(), comparisonSettings(db.settings().all()));
        });
    }
}
