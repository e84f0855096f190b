package io.offerbench.testing;

import io.offerbench.domain.Offer;
import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.exchange.OfferCsvImporter;
import io.offerbench.store.Database;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** A database file holding the five offers of docs/sample-offers.csv and the bundled benchmarks. */
public final class SampleDatabase {

    public static final Path SAMPLE_CSV = Path.of("docs/sample-offers.csv");

    private SampleDatabase() {
    }

    public static List<Offer> create(Path file) throws Exception {
        List<Offer> offers;
        try (InputStream in = Files.newInputStream(SAMPLE_CSV)) {
            offers = OfferCsvImporter.parse(in, SAMPLE_CSV.toString()).offers();
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            DatasetInstaller.install(db);
            return db.offers().saveAll(offers);
        }
    }
}
