package io.offerbench.ui.main;

import io.offerbench.exchange.Comparison;
import io.offerbench.exchange.ComparisonImporter;
import io.offerbench.exchange.ComparisonJson;
import io.offerbench.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample comparison of the welcome page (assets/sample): six made-up offers in a database file of their own,
 * in a folder beside the user's database, so they are never mixed with real offers. The sample remembers which
 * database it was opened from (a window preference, never exported), to go back to it and to be removed in one
 * click. Everything here touches files: run it on the database lane.
 */
public final class SampleComparison {

    static final String RETURN_TO = "ui.sample.return_to";
    static final String FOLDER = "offerbench-sample";
    static final String FILE = "sample-comparison.db";
    private static final String RESOURCE = "/io/offerbench/ui/sample/sample-comparison.offerbench.json";

    private SampleComparison() {
    }

    /** Where the sample for {@code userDatabase} lives. */
    public static Path fileFor(Path userDatabase) {
        return userDatabase.toAbsolutePath().resolveSibling(FOLDER).resolve(FILE);
    }

    /** The sample's database beside {@code userDatabase}, created from the bundled comparison the first time. */
    public static Path open(Path userDatabase, Clock clock) throws Exception {
        Path target = fileFor(userDatabase);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Comparison sample;
            try (InputStream in = SampleComparison.class.getResourceAsStream(RESOURCE)) {
                sample = ComparisonJson.read(in, "sample-comparison.offerbench.json");
            }
            ComparisonImporter.intoNewDatabase(target, sample, clock);
            try (Database db = Database.open(target, clock)) {
                db.settings().put(RETURN_TO, userDatabase.toAbsolutePath().toString());
            }
        }
        return target;
    }

    /** The user's database, when {@code db} is a sample comparison; empty for real offers. */
    public static Optional<Path> returnTo(Database db) {
        return db.settings().get(RETURN_TO).map(Path::of);
    }

    /** Deletes the sample's folder (database, backups); call once its database is closed. */
    public static void remove(Path sampleFile) throws IOException {
        Path folder = sampleFile.toAbsolutePath().getParent();
        if (folder == null || !folder.getFileName().toString().equals(FOLDER)) {
            throw new IllegalArgumentException(sampleFile + " is not a sample comparison");
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
