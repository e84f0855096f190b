package io.offerbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit BEGIN/COMMIT around a unit of work. Writes also bump the "generation" counter in
 * store_meta when they changed anything, in the same transaction; backups compare it to decide
 * whether the data changed since the newest backup.
 */
final class Transactions {

    private Transactions() {
    }

    static <T> T run(Connection c, boolean write, SqlWork<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
            try {
                long before = write ? totalChanges(s) : 0;
                T result = work.run(c);
                if (write && totalChanges(s) != before) {
                    s.executeUpdate("UPDATE store_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'generation'");
                }
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(s, e);
                throw e;
            }
        }
    }

    private static long totalChanges(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT total_changes()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void rollbackQuietly(Statement s, Throwable cause) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Turns an SQLite error into a sentence the user can act on. */
    static String describe(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_FULL")) {
            return io.offerbench.text.Texts.get("store.save.diskFull");
        }
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
            return io.offerbench.text.Texts.get("store.save.busy");
        }
        if (m.contains("SQLITE_READONLY")) {
            return io.offerbench.text.Texts.get("store.save.readOnly");
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB")) {
            return io.offerbench.text.Texts.get("store.save.damaged");
        }
        return io.offerbench.text.Texts.get("store.save.other", m);
    }
}
