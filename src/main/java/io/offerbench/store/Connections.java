package io.offerbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** How OfferBench opens SQLite files: the pragmas every read-write connection gets. */
final class Connections {

    static final int BUSY_TIMEOUT_MS = 5000;

    private Connections() {
    }

    /**
     * Read-write but never create: the file must already exist (we create new files ourselves with
     * owner-only permissions), so a file that vanished is an error rather than a fresh empty database.
     */
    static Connection openReadWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit reported to the user survives power loss too, not only a crash of the app.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * The database's one read-write connection, holding SQLite's own lock on the file for as long as
     * it is open (locking_mode EXCLUSIVE, set before the first access so WAL needs no shared memory).
     * SQLite locks the file itself, not its name, so a second writer reaching it by another name (a
     * hard link, which has a {@code -wal} file of its own) or another program entirely is refused as
     * busy instead of writing beside us and losing one side's updates.
     */
    static Connection openExclusive(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("PRAGMA journal_mode = WAL");
            // A write transaction takes the exclusive lock now; in EXCLUSIVE mode it is kept until close.
            s.execute("BEGIN EXCLUSIVE");
            s.execute("COMMIT");
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
