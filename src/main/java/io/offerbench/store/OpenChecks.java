package io.offerbench.store;

import io.offerbench.store.DatabaseOpenException.Problem;
import io.offerbench.text.Texts;
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

    private OpenChecks() {
    }

    /** Checks that need no SQLite: emptiness, the magic header, whose file it is, its version, truncation. */
    static void checkHeader(Path file) throws DatabaseOpenException {
        try {
            if (Files.isDirectory(file)) {
                throw fail(Problem.NOT_SQLITE, file, Texts.get("store.open.folder"), Texts.get("store.open.givePath"));
            }
            if (!Files.isRegularFile(file)) {
                throw fail(Problem.NOT_A_FILE, file, Texts.get("store.open.device"), Texts.get("store.open.givePath"));
            }
            long size = Files.size(file);
            if (size == 0) {
                throw fail(Problem.EMPTY_FILE, file, Texts.get("store.open.empty"), Texts.get("store.open.empty.todo"));
            }
            SqliteHeader header = SqliteHeader.read(file);
            if (header == null) {
                throw fail(Problem.NOT_SQLITE, file, Texts.get("store.open.notSqlite"), Texts.get("store.open.notSqlite.todo"));
            }
            checkOwnerAndVersion(file, header.applicationId(), header.userVersion(), false);
            boolean walPending = Files.exists(walFile(file)) && Files.size(walFile(file)) > 0;
            if (!walPending && header.isTruncated(size)) {
                throw corrupt(file, Texts.get("store.open.damage.truncated", String.valueOf(size)));
            }
        } catch (IOException e) {
            throw fail(Problem.NOT_WRITABLE, file, Texts.get("store.open.unreadable", IoReasons.of(e)), Texts.get("store.open.unreadable.todo"));
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
                String first = rs.next() ? rs.getString(1) : Texts.get("store.open.damage.noAnswer");
                if (!"ok".equals(first)) {
                    throw corrupt(file, Texts.get("store.open.damage.check", first));
                }
            }
        } catch (SQLException e) {
            throw fromSqlite(file, e, Texts.get("store.open.damage.unreadable"));
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
            return corrupt(file, damageDetail.isEmpty() ? Texts.get("store.open.damage.malformed")
                    : Texts.get("store.open.damage.malformedBecause", damageDetail));
        }
        if (m.contains("SQLITE_IOERR")) {
            return fail(Problem.NOT_WRITABLE, file, Texts.get("store.open.diskError"), Texts.get("store.open.diskError.todo"));
        }
        return corrupt(file, damageDetail);
    }

    static DatabaseOpenException locked(Path file) {
        return fail(Problem.LOCKED_BY_OTHER_INSTANCE, file, Texts.get("store.open.locked"), Texts.get("store.open.locked.todo"));
    }

    static DatabaseOpenException diskFull(Path file, Throwable cause) {
        return new DatabaseOpenException(Problem.DISK_FULL, file, Texts.get("store.open.diskFull"), Texts.get("store.open.diskFull.todo"),
                cause);
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
            throw fail(Problem.FOREIGN_APPLICATION, file, Texts.get("store.open.foreign"), Texts.get("store.open.foreign.todo"));
        }
        if (userVersion < 0) {
            throw fail(Problem.UNKNOWN_VERSION, file, Texts.get("store.open.unknownVersion", String.valueOf(userVersion)),
                    Texts.get("store.open.unknownVersion.todo"));
        }
        if (userVersion > Migrations.LATEST) {
            throw fail(Problem.NEWER_VERSION, file, Texts.get("store.open.newer", String.valueOf(userVersion), String.valueOf(Migrations.LATEST)),
                    Texts.get("store.open.newer.todo"));
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
        return fail(Problem.CORRUPT, file, Texts.get("store.open.damaged", detail), Texts.get("store.open.restore"));
    }

    static DatabaseOpenException fail(Problem p, Path file, String what, String todo) {
        return new DatabaseOpenException(p, file, what, todo, null);
    }
}
