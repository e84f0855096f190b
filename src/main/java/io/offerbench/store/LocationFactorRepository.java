package io.offerbench.store;

import io.offerbench.domain.Coded;
import io.offerbench.domain.LocationFactor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The user's cost-of-living indices and tax-rate estimates, one per kind and place (place compared case-insensitively). */
public final class LocationFactorRepository {

    private final Database db;

    LocationFactorRepository(Database db) {
        this.db = db;
    }

    public List<LocationFactor> findAll() {
        return db.read(c -> {
            List<LocationFactor> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM location_factor ORDER BY kind, place");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LocationFactor(Coded.fromCode(LocationFactor.Kind.class, rs.getString("kind")),
                            rs.getString("place"), Columns.decimal(rs, "value"), rs.getString("note")));
                }
            }
            return out;
        });
    }

    /** Adds the factor or replaces the one for the same kind and place (the new spelling of the place wins). */
    public void save(LocationFactor f) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO location_factor (kind, place, value, note) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (kind, place) DO UPDATE SET place = excluded.place, value = excluded.value, note = excluded.note")) {
                ps.setString(1, f.kind().code());
                ps.setString(2, f.place());
                Columns.setDecimal(ps, 3, f.value());
                ps.setString(4, f.note());
                return ps.executeUpdate();
            }
        });
    }

    public void delete(LocationFactor.Kind kind, String place) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM location_factor WHERE kind = ? AND place = ?")) {
                ps.setString(1, kind.code());
                ps.setString(2, place);
                return ps.executeUpdate();
            }
        });
    }
}
