package io.offerbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small preferences (home currency, liquidity scenario, active profile…) as text by key. */
public final class SettingsRepository {

    private final Database db;

    SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every setting, by key; a comparison file carries them all. */
    public SortedMap<String, String> all() {
        return db.read(c -> {
            SortedMap<String, String> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    public void put(String key, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    public void remove(String key) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }
}
