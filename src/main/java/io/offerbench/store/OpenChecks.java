package io.offerbench.store;

import io.offerbench.store.DatabaseOpenException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Decides whether an existing file may be opened for writing, without changing it: first by reading
 * its header bytes with plain I/O (so SQLite never touches a file that is not a database), then with
 * a read-only SQLite connection running {@code PRAGMA quick_check}.
 */
final class OpenChecks {

    private static final String RESTORE_HINT =
            "You can restore a backup from the backups folder next to it, or start with another file using --db PATH.";

    private OpenChecks() {
    }

    /** Checks that need no SQLite: emptiness, the magic header, whose file it is, its version, truncation. */
    static void checkHeader(Path file) throws DatabaseOpenException {
        try {
            if (Files.isDirectory(file)) {
                throw fail(Problem.NOT_SQLITE, file, "This path is a folder, not an OfferBench database.",
                        "Give the path of a database file (for example offerbench.db) with --db PATH.");
            }
            if (!Files.isRegularFile(file)) {
                throw fail(Problem.NOT_A_FILE, file, "This path is not a file but a device, a pipe or a socket, so it cannot hold a database.",
                        "Give the path of a database file (for example offerbench.db) with --db PATH.");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw fail(Problem.EMPTY_FILE, file, "The database file is empty (0 bytes): its contents were lost or it was never written.",
                        RESTORE_HINT + " To start afresh, move this empty file away yourself.");
            }
            SqliteHeader header = SqliteHeader.read(file);
            if (header == null) {
                throw fail(Problem.NOT_SQLITE, file, "This file is not an OfferBench database (it is not an SQLite file at all).",
                        "Check the path given with --db or OFFERBENCH_DB; OfferBench will not write into other files.");
            }
            checkOwnerAndVersion(file, header.applicationId(), header.userVersion(), false);
            boolean walPending = Files.exists(walFile(file)) && Files.size(walFile(file)) > 0;
            if (!walPending && header.isTruncated(size)) {
                throw corrupt(file, "it is shorter than its own header says (" + size + " bytes): it was cut off");
            }
        } catch (IOException e) {
            throw fail(Problem.NOT_WRITABLE, file, "The database file cannot be read: " + e.getMessage() + ".",
                    "Check that you have permission to read it, or choose another file with --db PATH.");
        }
    }

    /** Runs quick_check and re-reads the version pragmas through SQLite, which also sees a pending WAL. */
    static void checkWithSqlite(Path file) throws DatabaseOpenException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(5000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            int userVersion = intPragma(s, "user_version");
            boolean hasTables;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                hasTables = rs.next() && rs.getInt(1) > 0;
            }
            checkOwnerAndVersion(file, appId, userVersion, hasTables);
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    throw corrupt(file, "SQLite's check found damage (" + first + ")");
                }
            }
        } catch (SQLException e) {
            throw fromSqlite(file, e, "SQLite cannot read it");
        }
    }

    /**
     * What an SQLite error while opening really means: another program holding the file, a full disk
     * (a healthy file must not be called damaged), or damage; never the driver's own wording.
     */
    static DatabaseOpenException fromSqlite(Path file, SQLException e, String damageDetail) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
            return locked(file);
        }
        if (m.contains("SQLITE_FULL") || ((m.contains("SQLITE_IOERR") || m.contains("SQLITE_CANTOPEN")) && diskFull(file))) {
            return diskFull(file, e);
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB")) {
            return corrupt(file, damageDetail + ": SQLite reports it as malformed");
        }
        if (m.contains("SQLITE_IOERR")) {
            return fail(Problem.NOT_WRITABLE, file, "The disk reported an error while reading the database, so OfferBench did not open it.",
                    "Check the disk (or the network folder) and try again; the file itself may be fine.");
        }
        return corrupt(file, damageDetail);
    }

    static DatabaseOpenException locked(Path file) {
        return fail(Problem.LOCKED_BY_OTHER_INSTANCE, file,
                "OfferBench is already open on this database in another window or process (perhaps through another name for the same file).",
                "Switch to that window, or close it and try again.");
    }

    static DatabaseOpenException diskFull(Path file, Throwable cause) {
        return new DatabaseOpenException(Problem.DISK_FULL, file,
                "The disk holding the database is full, so OfferBench cannot open it safely. The database itself is not damaged.",
                "Free some space on that disk (or ask for a larger quota) and try again.", cause);
    }

    /** True when the database's folder has (almost) no room left. */
    static boolean diskFull(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            return Files.getFileStore(dir).getUsableSpace() < 256 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void checkOwnerAndVersion(Path file, int appId, int userVersion, boolean hasTables)
            throws DatabaseOpenException {
        // application_id 0 with no tables is a blank SQLite file: safe to initialise. With tables it is someone else's.
        if ((appId != 0 && appId != Migrations.APPLICATION_ID) || (appId == 0 && (hasTables || userVersion != 0))) {
            throw fail(Problem.FOREIGN_APPLICATION, file, "This SQLite database belongs to another application, not OfferBench.",
                    "Check the path given with --db or OFFERBENCH_DB; OfferBench will not write into another program's database.");
        }
        if (userVersion < 0) {
            throw fail(Problem.UNKNOWN_VERSION, file,
                    "This database says its data version is " + userVersion + ", which no OfferBench ever wrote: another program has changed it.",
                    "Open a backup, or the file as it was before the other program changed it.");
        }
        if (userVersion > Migrations.LATEST) {
            throw fail(Problem.NEWER_VERSION, file,
                    "This database was written by a newer OfferBench (data version " + userVersion
                            + "; this program knows up to " + Migrations.LATEST + ").",
                    "Install the newer OfferBench to open it, or open an older backup with this version.");
        }
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static Path walFile(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    static DatabaseOpenException corrupt(Path file, String detail) {
        return fail(Problem.CORRUPT, file, "The database file is damaged: " + detail + ".", RESTORE_HINT);
    }

    static DatabaseOpenException fail(Problem p, Path file, String what, String todo) {
        return new DatabaseOpenException(p, file, what, todo, null);
    }
}
