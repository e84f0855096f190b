package io.offerbench.bench;

import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Database files as a user has them: the bundled benchmarks, the five sample offers and, for larger
 * sizes, variants of them ({@link OfferVariants}), all saved through the real repositories.
 */
public final class BenchDatabase {

    static {
        // As the command line does: sqlite-jdbc's "no SLF4J provider" notice would otherwise be
        // printed into the middle of JMH's iteration lines.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private BenchDatabase() {
    }

    /** Creates {@code file} holding {@code offers} offers (at least the five samples) and closes it. */
    public static Path create(Path file, int offers) throws Exception {
        SampleDatabase.create(file);
        if (offers > 5) {
            try (Database db = Database.open(file, Clock.systemDefaultZone())) {
                db.offers().saveAll(OfferVariants.variants(OfferVariants.samples(), offers - 5));
            }
        }
        // Opened once more, so the start-up backup of this data is taken now: later opens find the
        // data unchanged, which is the everyday start the open benchmark measures.
        Database.open(file, Clock.systemDefaultZone()).close();
        return file;
    }
}
