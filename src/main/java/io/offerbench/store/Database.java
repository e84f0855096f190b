package io.offerbench.store;

import io.offerbench.store.DatabaseOpenException.Problem;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one open OfferBench database: one SQLite connection, one instance lock. Open it with
 * {@link #open(Path, Clock)}; every write goes through {@link #inTransaction}. Repositories are
 * synchronous and own no thread: the CLI calls them on its own thread, the window on its database
 * lane ({@code ui.tasks}), so the FX thread never waits on disk.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final Clock clock;
    private final Connection connection;
    private final InstanceLock instanceLock;
    private final ReentrantLock lock = new ReentrantLock();
    private final BackupService backups;
    private final Optional<String> startupBackupProblem;
    private int depth;

    private Database(Path file, Connection connection, InstanceLock instanceLock, Clock clock, boolean backupNow) {
        this.file = file;
        this.clock = clock;
        this.connection = connection;
        this.instanceLock = instanceLock;
        this.backups = new BackupService(this, DataLocation.backupsDir(file), clock);
        this.startupBackupProblem = backupNow ? backupAtStart() : Optional.empty();
    }

    /**
     * Opens (creating if absent) the database at {@code file}; refuses any file it cannot safely write.
     * Takes the start-up backup (when the data changed since the newest good backup) before returning.
     * {@code clock} names and rotates backups and stamps rows; it is the program's one clock, made by
     * its composition root (the window's {@code App}, the command line's {@code Cli}), so tests fix it.
     */
    public static Database open(Path file, Clock clock) throws DatabaseOpenException {
        return open(file, clock, true);
    }

    /**
     * As {@link #open(Path, Clock)}, but without the start-up backup: the caller takes it with
     * {@link #takeStartupBackup()} before its first write (the window: once its first screen is
     * painted, on the database lane), or never (commands that only read). Checking and copying a
     * backup reads the whole file, which is most of an open's time with many offers.
     */
    public static Database openWithoutStartupBackup(Path file, Clock clock) throws DatabaseOpenException {
        return open(file, clock, false);
    }

    /**
     * The start-up backup of a database opened by {@link #openWithoutStartupBackup}: a verified copy
     * when the data changed since the newest good backup. Empty when it was taken (or not needed),
     * else why it failed; the data is untouched either way.
     */
    public Optional<String> takeStartupBackup() {
        return backupAtStart();
    }

    private static Database open(Path file, Clock clock, boolean backupNow) throws DatabaseOpenException {
        try {
            return openChecked(file, clock, backupNow);
        } catch (DatabaseOpenException e) {
            throw e.withNewestGoodBackup(clock);
        }
    }

    private static Database openChecked(Path file, Clock clock, boolean backupNow) throws DatabaseOpenException {
        Path db = DatabasePath.resolve(file);
        Path dir = db.getParent();
        try {
            OwnerOnlyFiles.createDirectories(dir);
        } catch (IOException e) {
            throw OpenChecks.fail(Problem.NOT_WRITABLE, db, Texts.get("store.open.noFolder", reason(e)), Texts.get("store.open.noFolder.todo"));
        }
        boolean exists = Files.exists(db);
        if (exists) {
            OpenChecks.checkHeader(db);
        }
        if (!Files.isWritable(dir) || (exists && !Files.isWritable(db))) {
            throw OpenChecks.fail(Problem.NOT_WRITABLE, db, Texts.get("store.open.notWritable"), Texts.get("store.open.notWritable.todo"));
        }
        InstanceLock instanceLock = acquireLock(db);
        try {
            Leftovers.clean(db);
            if (!exists) {
                NewDatabaseFile.create(db);
            }
            OpenChecks.checkWithSqlite(db);
            Connection c = openReadWrite(db);
            try {
                migrateIfNeeded(c, db, clock);
                cleanPendingFiles(c);
                Database opened = new Database(db, c, instanceLock, clock, backupNow);
                BuiltInProfiles.restore(opened); // after the start-up backup, which keeps the state before
                return opened;
            } catch (DatabaseOpenException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
        } catch (DatabaseOpenException | RuntimeException e) {
            closeQuietly(instanceLock);
            throw e;
        }
    }

    private static Connection openReadWrite(Path db) throws DatabaseOpenException {
        try {
            return Connections.openExclusive(db);
        } catch (SQLException e) {
            DatabaseOpenException problem = OpenChecks.fromSqlite(db, e, Texts.get("store.open.damage.notForWriting"));
            if (problem.problem() == Problem.CORRUPT) {
                throw OpenChecks.fail(Problem.NOT_WRITABLE, db, Texts.get("store.open.notForWriting"), Texts.get("store.open.notForWriting.todo"));
            }
            throw problem;
        }
    }

    private static InstanceLock acquireLock(Path db) throws DatabaseOpenException {
        try {
            InstanceLock l = InstanceLock.tryAcquire(InstanceLock.lockFileFor(db));
            if (l == null) {
                throw OpenChecks.locked(db);
            }
            return l;
        } catch (IOException e) {
            if (OpenChecks.diskFull(db)) {
                throw OpenChecks.diskFull(db, e);
            }
            throw OpenChecks.fail(Problem.NOT_WRITABLE, db, Texts.get("store.open.noLockFile", reason(e)), Texts.get("store.open.noLockFile.todo"));
        }
    }

    /** An I/O failure in words, without Java's exception class names. */
    static String reason(IOException e) {
        return IoReasons.of(e);
    }

    private static void migrateIfNeeded(Connection c, Path db, Clock clock) throws DatabaseOpenException {
        try {
            int version = Connections.intPragma(c, "user_version");
            if (version >= Migrations.LATEST) {
                return;
            }
            if (version > 0) {
                // Data of an older version: keep a verified copy before changing its shape.
                BackupService.backupConnection(c, DataLocation.backupsDir(db), clock);
            }
            Migrations.migrate(c, version);
        } catch (SQLException e) {
            DatabaseOpenException why = OpenChecks.fromSqlite(db, e, "");
            if (why.problem() == Problem.DISK_FULL || why.problem() == Problem.LOCKED_BY_OTHER_INSTANCE) {
                throw why;
            }
            throw new DatabaseOpenException(Problem.MIGRATION_FAILED, db, Texts.get("store.open.migration"),
                    Texts.get("store.open.migration.todo"), e);
        } catch (StoreException | IllegalStateException e) {
            throw new DatabaseOpenException(Problem.MIGRATION_FAILED, db, Texts.get("store.open.migrationBecause", e.getMessage()),
                    Texts.get("store.open.migration.todo"), e);
        }
    }

    /** Temporary files of exports and reports a killed run left; best effort, the next start tries again. */
    private static void cleanPendingFiles(Connection c) {
        try {
            PendingFiles.cleanLeftovers(c);
        } catch (SQLException ignored) {
            // a leftover wastes space but harms nothing
        }
    }

    private Optional<String> backupAtStart() {
        try {
            backups.backupIfChanged();
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Runs {@code work} in one IMMEDIATE transaction: all of it commits, or (on any exception) none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        return withConnection(true, work);
    }

    /** Runs read-only {@code work} in one snapshot, so several queries see the same data. */
    public <T> T read(SqlWork<T> work) {
        return withConnection(false, work);
    }

    private <T> T withConnection(boolean write, SqlWork<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                return work.run(connection); // joins the outer transaction
            }
            depth++;
            try {
                return Transactions.run(connection, write, work);
            } finally {
                depth--;
            }
        } catch (SQLException e) {
            throw new StoreException(Transactions.describe(e), e);
        } finally {
            lock.unlock();
        }
    }

    public Path file() {
        return file;
    }

    /** The clock this database was opened with: it stamps rows and names backups. */
    public Clock clock() {
        return clock;
    }

    public BackupService backups() {
        return backups;
    }

    /** Why the automatic backup at start failed, if it did: the GUI shows it, the data is untouched. */
    public Optional<String> startupBackupProblem() {
        return startupBackupProblem;
    }

    public OfferRepository offers() {
        return new OfferRepository(this);
    }

    public BenchmarkRepository benchmarks() {
        return new BenchmarkRepository(this);
    }

    public ExchangeRateRepository rates() {
        return new ExchangeRateRepository(this);
    }

    public WeightProfileRepository profiles() {
        return new WeightProfileRepository(this);
    }

    public LocationFactorRepository locationFactors() {
        return new LocationFactorRepository(this);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(this);
    }

    public CommentRepository comments() {
        return new CommentRepository(this);
    }

    /** The temporary files this database's exports and reports are writing, so a killed run's are cleaned. */
    public PendingFiles pendingFiles() {
        return new PendingFiles(this);
    }

    public ReviewMarkRepository reviewMarks() {
        return new ReviewMarkRepository(this);
    }

    /** Runs {@code work} with the raw connection while no other task uses it (backups need the handle). */
    <T> T exclusive(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(Transactions.describe(e), e);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the connection once no transaction is running (it waits for one in progress, never for a queue). */
    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly(connection); // the last connection checkpoints the WAL into the main file
        } finally {
            lock.unlock();
            closeQuietly(instanceLock);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort; every commit is already durable
        }
    }
}
