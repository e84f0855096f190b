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
            throw corrupt(file, "SQLite cannot read it (" + e.getMessage() + ")");
        }
    }

    private static void checkOwnerAndVersion(Path file, int appId, int userVersion, boolean hasTables)
            throws DatabaseOpenException {
        // application_id 0 with no tables is a blank SQLite file: safe to initialise. With tables it is someone else's.
        if ((appId != 0 && appId != Migrations.APPLICATION_ID) || (appId == 0 && (hasTables || userVersion != 0))) {
            throw fail(Problem.FOREIGN_APPLICATION, file, "This SQLite database belongs to another application, not OfferBench.",
                    "Check the path given with --db or OFFERBENCH_DB; OfferBench will not write into another program's database.");
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
