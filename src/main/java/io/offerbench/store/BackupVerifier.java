package io.offerbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** Checks that a backup file is a whole, readable OfferBench database this program can open. */
final class BackupVerifier {

    private BackupVerifier() {
    }

    /** Empty when the file is good; otherwise what is wrong with it, in words. */
    static Optional<String> problemWith(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return Optional.of(io.offerbench.text.Texts.get("store.backup.missing"));
            }
            if (SqliteHeader.read(file) == null) {
                return Optional.of(io.offerbench.text.Texts.get("store.backup.notSqlite"));
            }
        } catch (IOException e) {
            return Optional.of(io.offerbench.text.Texts.get("store.backup.unreadable", IoReasons.of(e)));
        }
        try (Connection c = Connections.openReadOnly(file); Statement s = c.createStatement()) {
            if (Connections.intPragma(c, "application_id") != Migrations.APPLICATION_ID) {
                return Optional.of(io.offerbench.text.Texts.get("store.backup.foreign"));
            }
            int version = Connections.intPragma(c, "user_version");
            if (version < 1 || version > Migrations.LATEST) {
                return Optional.of(io.offerbench.text.Texts.get("store.backup.version", String.valueOf(version)));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    return Optional.of(io.offerbench.text.Texts.get("store.backup.integrity", first));
                }
            }
            return contentProblem(c, version);
        } catch (SQLException e) {
            return Optional.of(io.offerbench.text.Texts.get("store.backup.sqlite", String.valueOf(e.getMessage())));
        }
    }

    private static final List<String> TABLES = List.of("store_meta", "offer", "benchmark", "exchange_rate",
            "weight_profile", "weight_profile_weight", "location_factor", "setting", "review_comment", "review_mark");

    /**
     * A sound SQLite file can still hold content OfferBench cannot load (a table dropped, an amount
     * that is not a number): such a backup would restore into a comparison that does not open, so it
     * is not "good". Every table must be readable, and at this version every offer must load.
     */
    private static Optional<String> contentProblem(Connection c, int version) throws SQLException {
        for (String table : TABLES) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " LIMIT 1")) {
                rs.next();
            } catch (SQLException e) {
                return Optional.of(io.offerbench.text.Texts.get("store.backup.table", table));
            }
        }
        if (version == Migrations.LATEST) {
            List<DamagedOffer> damaged = OfferRows.readAll(c).damaged();
            if (!damaged.isEmpty()) {
                DamagedOffer d = damaged.get(0);
                return Optional.of(io.offerbench.text.Texts.get("store.backup.damagedOffers", damaged.size(), d.describe()));
            }
        }
        return Optional.empty();
    }

    /** The data generation recorded in a backup, or -1 when it cannot be read. */
    static long generationOf(Path file) {
        try (Connection c = Connections.openReadOnly(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT value FROM store_meta WHERE key = 'generation'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : -1;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }
}
