package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.store.Database;
import io.offerbench.store.DatabaseOpenException;
import io.offerbench.domain.ReviewComment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Puts a comparison into a database in one transaction: all of it, or (on any error) none of it.
 * <ul>
 *   <li>{@link #merge}: offers and their comments are added as new offers; weight profiles, the
 *       user's benchmark rows, exchange rates and location factors are upserted by name, id,
 *       currency, and kind and place; settings the database already has and its choice of hidden
 *       benchmark rows are kept (they are the reader's own preferences).</li>
 *   <li>{@link #intoNewDatabase}: a new database file that holds the comparison as it was
 *       exported, settings and hidden rows included.</li>
 * </ul>
 */
public final class ComparisonImporter {

    private ComparisonImporter() {
    }

    public static ImportSummary merge(Database db, Comparison c) {
        return db.inTransaction(conn -> new Run(db, c, false).apply());
    }

    /**
     * Creates {@code file} (which must not exist yet) through {@link Database#open}, installs the
     * dataset and imports {@code c}. If the import fails, the new file is removed again.
     */
    public static ImportSummary intoNewDatabase(Path file, Comparison c) throws DatabaseOpenException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; a separate comparison is created in a new file,"
                    + " so choose a name that is not taken (or merge into that database instead)");
        }
        Database db = Database.open(file);
        try (db) {
            DatasetInstaller.install(db);
            return db.inTransaction(conn -> new Run(db, c, true).apply());
        } catch (RuntimeException e) {
            removeQuietly(db.file());
            throw e;
        }
    }

    private static void removeQuietly(Path dbFile) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            try {
                Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + suffix));
            } catch (IOException ignored) {
                // an empty leftover file is harmless; the import itself was rolled back
            }
        }
    }

    /** One import: applies each section and notes what it added, replaced or kept. */
    private static final class Run {
        private final Database db;
        private final Comparison c;
        private final boolean separate;
        private final List<String> added = new ArrayList<>();
        private final List<String> replaced = new ArrayList<>();
        private final List<String> kept = new ArrayList<>();

        Run(Database db, Comparison c, boolean separate) {
            this.db = db;
            this.c = c;
            this.separate = separate;
        }

        ImportSummary apply() {
            profiles();
            benchmarks();
            rates();
            factors();
            settings();
            List<Offer> fresh = c.offers().stream().map(s -> s.offer().withId(0)).toList();
            List<Offer> saved = db.offers().saveAll(fresh);
            int comments = 0;
            for (int i = 0; i < saved.size(); i++) {
                for (ReviewComment rc : c.offers().get(i).comments()) {
                    db.comments().add(new ReviewComment(0, saved.get(i).id(), rc.author(), rc.role(), rc.body(), rc.createdAt()));
                    comments++;
                }
            }
            return new ImportSummary(saved.size(), comments, added, replaced, kept);
        }

        private void profiles() {
            Map<String, WeightProfile> existing = new HashMap<>();
            db.profiles().findAll().forEach(p -> existing.put(p.name(), p));
            for (WeightProfile p : c.profiles()) {
                note(existing.get(p.name()), p, "weight profile '" + p.name() + "'", this::sameWeights);
                db.profiles().save(p);
            }
        }

        private boolean sameWeights(WeightProfile a, WeightProfile b) {
            return a.weights().entrySet().stream().allMatch(e -> e.getValue().compareTo(b.weight(e.getKey())) == 0);
        }

        private void benchmarks() {
            Map<String, Benchmark> existing = new HashMap<>();
            db.benchmarks().findAll().forEach(b -> existing.put(b.id(), b));
            for (int i = 0; i < c.userBenchmarks().size(); i++) {
                Benchmark b = c.userBenchmarks().get(i);
                Benchmark before = existing.get(b.id());
                if (before != null && before.isFromDocument()) {
                    throw new IllegalArgumentException("user_benchmarks[" + i + "].id: '" + b.id() + "' is the id of a row"
                            + " from the source documents in this OfferBench; rename the row in the file and import it again");
                }
                note(before, b, "benchmark row '" + b.id() + "'", Benchmark::equals);
                db.benchmarks().saveUserRow(b);
            }
            boolean differs = false;
            for (Benchmark b : existing.values()) {
                boolean wanted = c.hiddenDocumentBenchmarks().contains(b.id());
                if (b.isFromDocument() && b.hidden() != wanted) {
                    differs = true;
                    if (separate) {
                        db.benchmarks().setHidden(b.id(), wanted);
                    }
                }
            }
            if (differs && !separate) {
                kept.add("which benchmark rows are hidden");
            }
        }

        private void rates() {
            Map<String, ExchangeRate> existing = new HashMap<>();
            db.rates().findAll().forEach(r -> existing.put(r.currency().code(), r));
            for (ExchangeRate r : c.rates()) {
                note(existing.get(r.currency().code()), r, "exchange rate " + r.currency().code(), (a, b) ->
                        a.perUsd().compareTo(b.perUsd()) == 0 && a.asOf().equals(b.asOf()) && a.source().equals(b.source()));
                db.rates().save(r);
            }
        }

        private void factors() {
            Map<String, LocationFactor> existing = new HashMap<>();
            db.locationFactors().findAll().forEach(f -> existing.put(key(f), f));
            for (LocationFactor f : c.locationFactors()) {
                note(existing.get(key(f)), f, f.kind().code() + " of " + f.place(), (a, b) ->
                        a.value().compareTo(b.value()) == 0 && a.note().equals(b.note()) && a.place().equals(b.place()));
                db.locationFactors().save(f);
            }
        }

        private static String key(LocationFactor f) {
            return f.kind().code() + "/" + f.place().toLowerCase(Locale.ROOT);
        }

        private void settings() {
            Map<String, String> existing = db.settings().all();
            c.settings().forEach((key, value) -> {
                String before = existing.get(key);
                if (before != null && !separate) {
                    if (!before.equals(value)) {
                        kept.add("setting " + key);
                    }
                    return;
                }
                note(before, value, "setting " + key, Objects::equals);
                db.settings().put(key, value);
            });
        }

        private <T> void note(T before, T now, String label, java.util.function.BiPredicate<T, T> same) {
            if (before == null) {
                added.add(label);
            } else if (!same.test(before, now)) {
                replaced.add(label);
            }
        }
    }
}
