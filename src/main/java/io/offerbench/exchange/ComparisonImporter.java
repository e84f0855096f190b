package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.domain.WeightProfile;
import io.offerbench.store.Database;
import io.offerbench.store.OfferRepository;
import io.offerbench.store.DatabaseOpenException;
import io.offerbench.text.Message;
import io.offerbench.domain.ReviewComment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Puts a comparison into a database in one transaction: all of it, or (on any error) none of it.
 * <ul>
 *   <li>{@link #merge}: offers merge by identity (see {@link OfferMerge}), or are added as copies; weight profiles, the
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

    /** How a merge treats the file's offers. */
    public enum OfferMerge {
        /**
         * The default: an offer already here (same identity, or for files without identities the very
         * same fields) is not added again; comments not here yet are added to it; an offer changed on
         * one side is kept as it is here and reported as a {@link OfferConflict} to resolve.
         */
        BY_IDENTITY,
        /** Every offer of the file is added as a new copy (with an identity of its own). */
        AS_COPIES
    }

    /** Merges by identity: see {@link OfferMerge#BY_IDENTITY}. */
    public static ImportSummary merge(Database db, Comparison c) {
        return merge(db, c, OfferMerge.BY_IDENTITY);
    }

    public static ImportSummary merge(Database db, Comparison c, OfferMerge offers) {
        return db.inTransaction(conn -> new Run(db, conn, c, false, offers).apply());
    }

    /** Resolves conflicts in favour of the file: each local offer takes the file's fields (comments are already merged). */
    public static void takeTheirs(Database db, List<OfferConflict> conflicts) {
        db.inTransaction(conn -> {
            for (OfferConflict k : conflicts) {
                db.offers().save(k.theirs().withId(k.localId()));
            }
            return conflicts.size();
        });
    }

    /**
     * Creates {@code file} (which must not exist yet) through {@link Database#open}, installs the
     * dataset and imports {@code c}. If the import fails, the new file is removed again. {@code clock}
     * stamps the rows and names the new file's backups.
     */
    public static ImportSummary intoNewDatabase(Path file, Comparison c, java.time.Clock clock) throws DatabaseOpenException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(Message.of("import.summary.exists", file.toString()).text());
        }
        Database db = Database.open(file, clock);
        try (db) {
            DatasetInstaller.install(db);
            return db.inTransaction(conn -> new Run(db, conn, c, true, OfferMerge.BY_IDENTITY).apply());
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
        private final Connection conn;
        private final Comparison c;
        private final boolean separate;
        private final OfferMerge offerMerge;
        private final List<Message> added = new ArrayList<>();
        private final List<Message> replaced = new ArrayList<>();
        private final List<Message> kept = new ArrayList<>();

        Run(Database db, Connection conn, Comparison c, boolean separate, OfferMerge offerMerge) {
            this.db = db;
            this.conn = conn;
            this.c = c;
            this.separate = separate;
            this.offerMerge = offerMerge;
        }

        ImportSummary apply() throws SQLException {
            profiles();
            benchmarks();
            rates();
            factors();
            settings();
            Map<String, Long> byUid = new HashMap<>();
            db.offers().uids().forEach((id, uid) -> {
                if (uid != null) {
                    byUid.put(uid, id);
                }
            });
            Map<Long, Offer> local = new HashMap<>();
            Map<String, Offer> byContent = new HashMap<>();
            db.offers().findAll().forEach(o -> {
                local.put(o.id(), o);
                byContent.putIfAbsent(OfferChanges.fingerprint(o), o);
            });
            int addedOffers = 0;
            int alreadyHere = 0;
            int comments = 0;
            List<OfferConflict> conflicts = new ArrayList<>();
            try (OfferRepository.Inserter inserter = db.offers().inserter(conn)) {
            for (SharedOffer s : c.offers()) {
                Offer mine = offerMerge == OfferMerge.BY_IDENTITY ? sameOffer(s, byUid, local, byContent) : null;
                if (mine == null) {
                    boolean keepUid = offerMerge == OfferMerge.BY_IDENTITY && s.uid() != null && !byUid.containsKey(s.uid());
                    Offer saved = inserter.insert(s.offer().withId(0), keepUid ? s.uid() : null);
                    if (keepUid) {
                        byUid.put(s.uid(), saved.id());
                    }
                    addedOffers++;
                    comments += addComments(saved.id(), s.comments(), List.of());
                    continue;
                }
                alreadyHere++;
                Offer theirs = s.offer().withId(mine.id());
                List<OfferChanges.FieldChange> differ = fieldChanges(mine, theirs);
                if (!differ.isEmpty()) {
                    conflicts.add(new OfferConflict(mine.id(), mine.company(), differ, theirs));
                }
                comments += addComments(mine.id(), s.comments(), db.comments().listByOffer(mine.id()));
            }
            }
            return new ImportSummary(addedOffers, comments, added, replaced, kept, alreadyHere, conflicts);
        }

        /** The offer here that the file's offer is: same identity, or (a file without identities) the very same fields. */
        private Offer sameOffer(SharedOffer s, Map<String, Long> byUid, Map<Long, Offer> local, Map<String, Offer> byContent) {
            if (s.uid() != null) {
                Long id = byUid.get(s.uid());
                return id == null ? null : local.get(id);
            }
            return byContent.get(OfferChanges.fingerprint(s.offer()));
        }

        private static List<OfferChanges.FieldChange> fieldChanges(Offer mine, Offer theirs) {
            List<OfferChanges.Change> all = OfferChanges.between(List.of(mine), List.of(theirs));
            return all.isEmpty() ? List.of() : all.get(0).fields();
        }

        /**
         * Adds the comments not here yet (same author, role, text and time); returns how many were added or brought up
         * to date. A comment here whose text the file has edited later (same author, role and time of writing, a later
         * edit) takes the file's text and edit time instead of coming in as a second comment; one edited here later
         * keeps its text.
         */
        private int addComments(long offerId, List<ReviewComment> incoming, List<ReviewComment> present) {
            int n = 0;
            List<ReviewComment> seen = new ArrayList<>(present);
            for (ReviewComment rc : incoming) {
                boolean here = seen.stream().anyMatch(p -> sameWriting(p, rc) && p.body().equals(rc.body()));
                if (here) {
                    continue;
                }
                java.util.Optional<ReviewComment> other = seen.stream().filter(p -> p.id() > 0 && sameWriting(p, rc)).findFirst();
                if (other.isPresent() && !laterEdit(rc, other.get())) {
                    continue; // the same comment, edited here later than in the file: this text stays
                }
                if (other.isPresent()) {
                    db.comments().takeEdit(other.get().id(), rc);
                    seen.remove(other.get());
                } else {
                    db.comments().add(rc.on(0, offerId));
                }
                seen.add(rc);
                n++;
            }
            return n;
        }

        private static boolean sameWriting(ReviewComment a, ReviewComment b) {
            return a.author().equals(b.author()) && a.role().equals(b.role()) && a.createdAt().equals(b.createdAt());
        }

        /** Whether {@code theirs} was edited after {@code mine} last was (or mine never was). */
        private static boolean laterEdit(ReviewComment theirs, ReviewComment mine) {
            return theirs.edited() && (!mine.edited() || theirs.editedAt().isAfter(mine.editedAt()));
        }

        private void profiles() {
            Map<String, WeightProfile> existing = new HashMap<>();
            db.profiles().findAll().forEach(p -> existing.put(p.name(), p));
            for (WeightProfile p : c.profiles()) {
                var builtIn = io.offerbench.store.BuiltInProfiles.named(p.name());
                if (builtIn.isPresent()) {
                    if (builtIn.get().sameWeightsAs(p)) {
                        continue; // the built-in itself: nothing to store
                    }
                    WeightProfile incoming = p;
                    if (existing.values().stream().anyMatch(e -> e.sameWeightsAs(incoming))) {
                        continue; // already here under another name (the same file imported again)
                    }
                    // An older OfferBench let the built-in be overwritten: the file's weights come in as a copy.
                    p = p.renamed(io.offerbench.store.BuiltInProfiles.copyName(builtIn.get().name(), existing.keySet(), "profiles.fromFile"));
                    existing.put(p.name(), p);
                    added.add(Message.of("import.summary.profile", p.name()));
                    db.profiles().save(p);
                    continue;
                }
                note(existing.get(p.name()), p, Message.of("import.summary.profile", p.name()), this::sameWeights);
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
                    throw new IllegalArgumentException(Message.of("import.summary.documentRow", Integer.toString(i), b.id()).text());
                }
                note(before, b, Message.of("import.summary.benchmark", b.id()), Benchmark::equals);
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
                kept.add(Message.of("import.summary.hidden"));
            }
        }

        private void rates() {
            Map<String, ExchangeRate> existing = new HashMap<>();
            db.rates().findAll().forEach(r -> existing.put(r.currency().code(), r));
            for (ExchangeRate r : c.rates()) {
                note(existing.get(r.currency().code()), r, Message.of("import.summary.rate", r.currency().code()), (a, b) ->
                        a.perUsd().compareTo(b.perUsd()) == 0 && a.asOf().equals(b.asOf()) && a.source().equals(b.source()));
                db.rates().save(r);
            }
        }

        private void factors() {
            Map<String, LocationFactor> existing = new HashMap<>();
            db.locationFactors().findAll().forEach(f -> existing.put(key(f), f));
            for (LocationFactor f : c.locationFactors()) {
                note(existing.get(key(f)), f, Message.of("import.summary.factor." + f.kind().name(), f.place()), (a, b) ->
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
                        kept.add(Message.of("import.summary.setting", SettingsBlock.label(key)));
                    }
                    return;
                }
                note(before, value, Message.of("import.summary.setting", SettingsBlock.label(key)), Objects::equals);
                db.settings().put(key, value);
            });
        }

        private <T> void note(T before, T now, Message label, java.util.function.BiPredicate<T, T> same) {
            if (before == null) {
                added.add(label);
            } else if (!same.test(before, now)) {
                replaced.add(label);
            }
        }
    }
}
