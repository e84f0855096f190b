package io.offerbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sqlite.SQLiteConnection;

/**
 * Verified backups of the open database in {@code <db folder>/backups/<db file name>/}: a folder per
 * database, so databases side by side never list, restore or rotate each other's backups. Copies are made with SQLite's
 * online backup API (a consistent snapshot even mid-session), written under a temporary name, switched
 * to a self-contained rollback-journal file, checked with {@code PRAGMA integrity_check}, and only then
 * given their real name; a copy that fails the check is deleted and the failure reported.
 * Rotation: see {@link BackupRotation}.
 */
public final class BackupService {

    private final Database db;
    private final Path dir;
    private final Clock clock;

    BackupService(Database db, Path dir, Clock clock) {
        this.db = db;
        this.dir = dir;
        this.clock = clock;
    }

    public Path directory() {
        return dir;
    }

    /** Takes a verified backup now and rotates old ones; throws {@link StoreException} saying why if it cannot. */
    public BackupInfo backupNow() {
        return db.exclusive(c -> backupConnection(c, dir, clock));
    }

    /**
     * Takes a backup only when the data changed since the newest good backup (compared by the data
     * generation counter every write bumps). Returns the new backup, or empty when none was needed.
     */
    public Optional<BackupInfo> backupIfChanged() {
        long current = db.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT value FROM store_meta WHERE key = 'generation'")) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : -1L;
            }
        });
        Optional<BackupInfo> newest = newestGood();
        if (newest.isPresent() && BackupVerifier.generationOf(newest.get().file()) == current) {
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /** Backups of this database, newest first (not verified: see {@link #newestGood()}). */
    public List<BackupInfo> list() {
        return listIn(dir, LocalDateTime.now(clock));
    }

    /** The newest backup that passes verification. */
    public Optional<BackupInfo> newestGood() {
        return newestGoodIn(dir, LocalDateTime.now(clock));
    }

    /**
     * Replaces the open database's contents with {@code backup}: verifies the backup, first backs up
     * the current data (so the restore itself can be undone), copies the backup in with SQLite's
     * backup API and brings it up to this version's schema. Returns that safety backup.
     */
    public BackupInfo restore(BackupInfo backup) {
        BackupVerifier.problemWith(backup.file()).ifPresent(p -> {
            throw new StoreException(io.offerbench.text.Texts.get("store.backup.cannotRestore", backup.file().toString(), p));
        });
        return db.exclusive(c -> {
            // Not rotated yet: rotation could otherwise delete the very backup being restored.
            BackupInfo safety = copyAndVerify(c, dir, clock);
            ((SQLiteConnection) c).getDatabase().restore("main", backup.file().toString(), null);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            Migrations.migrate(c, Connections.intPragma(c, "user_version"));
            rotate(dir, clock);
            return safety;
        });
    }

    /** Backups for a database file that need not (or cannot) be opened, newest first. */
    public static List<BackupInfo> findBackups(Path dbFile, Clock clock) {
        return listIn(DataLocation.backupsDir(dbFile), LocalDateTime.now(clock));
    }

    /** The newest backup of {@code dbFile} that passes verification, for the "file is damaged" dialog. */
    public static Optional<BackupInfo> newestGoodFor(Path dbFile, Clock clock) {
        return newestGoodIn(DataLocation.backupsDir(dbFile), LocalDateTime.now(clock));
    }

    /** Empty when {@code backupFile} is a whole OfferBench database this version can open, else the problem. */
    public static Optional<String> verify(Path backupFile) {
        return BackupVerifier.problemWith(backupFile);
    }

    static BackupInfo backupConnection(Connection c, Path dir, Clock clock) throws SQLException {
        BackupInfo info = copyAndVerify(c, dir, clock);
        rotate(dir, clock);
        return info;
    }

    /** SQLite's result code for "database or disk is full". */
    private static final int SQLITE_FULL = 13;

    private static BackupInfo copyAndVerify(Connection c, Path dir, Clock clock) throws SQLException {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path tmp = null;
        try {
            OwnerOnlyFiles.createDirectories(dir);
            tmp = OwnerOnlyFiles.createFile(dir.resolve(".partial-" + System.nanoTime() + ".db"));
            int rc = ((SQLiteConnection) c).getDatabase().backup("main", tmp.toString(), null);
            if (rc == SQLITE_FULL || (rc != 0 && OpenChecks.diskFull(tmp))) {
                throw new StoreException(io.offerbench.text.Texts.get("backup.failed", dir, io.offerbench.text.Texts.get("io.diskFull")));
            }
            if (rc != 0) {
                throw new SQLException(io.offerbench.text.Texts.get("store.backup.sqliteCode", rc));
            }
            try {
                selfContained(tmp);
            } catch (SQLException e) {
                if (IoReasons.isDiskFull(e) || OpenChecks.diskFull(tmp)) {
                    throw new StoreException(io.offerbench.text.Texts.get("backup.failed", dir, io.offerbench.text.Texts.get("io.diskFull")), e);
                }
                throw e;
            }
            Optional<String> problem = BackupVerifier.problemWith(tmp);
            if (problem.isPresent()) {
                throw new StoreException(io.offerbench.text.Texts.get("store.backup.failedCheck", problem.get()));
            }
            Path target = uniqueName(dir, now);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return new BackupInfo(target, now, BackupInfo.parse(target, 0).orElseThrow().sequence(), Files.size(target));
        } catch (IOException e) {
            throw new StoreException(IoReasons.isDiskFull(e)
                    ? io.offerbench.text.Texts.get("backup.failed", dir, IoReasons.of(e))
                    : io.offerbench.text.Texts.get("store.backup.notWritten", dir.toString(), IoReasons.of(e)), e);
        } finally {
            if (tmp != null) {
                deleteWithSidecars(tmp);
            }
        }
    }

    /** Makes the copy a single file (no -wal beside it), so it can be copied or mailed as it is. */
    private static void selfContained(Path copy) throws SQLException {
        try (Connection c = Connections.openReadWrite(copy); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        }
    }

    private static Path uniqueName(Path dir, LocalDateTime at) {
        for (int n = 1;; n++) {
            Path p = dir.resolve(BackupInfo.fileName(at, n));
            if (!Files.exists(p)) {
                return p;
            }
        }
    }

    static void rotate(Path dir, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<BackupInfo> all = listIn(dir, now);
        Set<BackupInfo> keep = BackupRotation.toKeep(all, now);
        for (BackupInfo b : all) {
            if (!keep.contains(b)) {
                deleteWithSidecars(b.file());
            }
        }
    }

    /**
     * The backups in {@code dir}, newest first. A backup whose name is dated after {@code now} (a clock
     * that was wrong, a file copied in from elsewhere) is not trusted as the newest: it comes after
     * every backup dated in the past, so "restore the newest" and rotation go by the real history.
     */
    static List<BackupInfo> listIn(Path dir, LocalDateTime now) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BackupInfo> dated = new ArrayList<>();
        List<BackupInfo> future = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                BackupInfo.parse(p, sizeOf(p)).ifPresent(b -> (b.takenAt().isAfter(now) ? future : dated).add(b));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(io.offerbench.text.Texts.get("store.backup.folderUnreadable", dir.toString()), e);
        }
        dated.sort(BackupInfo.NEWEST_FIRST);
        future.sort(BackupInfo.NEWEST_FIRST);
        dated.addAll(future);
        return dated;
    }

    private static Optional<BackupInfo> newestGoodIn(Path dir, LocalDateTime now) {
        try {
            return listIn(dir, now).stream().filter(b -> BackupVerifier.problemWith(b.file()).isEmpty()).findFirst();
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteWithSidecars(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // a leftover temporary or expired backup wastes space but harms nothing
            }
        }
    }
}
