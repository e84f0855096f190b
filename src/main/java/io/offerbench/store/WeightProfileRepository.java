package io.offerbench.store;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named weight profiles (the student's, the advisor's, …), one weight per criterion. */
public final class WeightProfileRepository {

    private final Database db;

    WeightProfileRepository(Database db) {
        this.db = db;
    }

    /** All profiles, by name. */
    public List<WeightProfile> findAll() {
        return db.read(c -> {
            Map<String, Map<Criterion, BigDecimal>> byName = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.name, w.criterion, w.weight FROM weight_profile p"
                    + " LEFT JOIN weight_profile_weight w ON w.profile_name = p.name ORDER BY p.name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<Criterion, BigDecimal> weights = byName.computeIfAbsent(rs.getString(1), n -> new EnumMap<>(Criterion.class));
                    if (rs.getString(2) != null) {
                        weights.put(Criterion.fromCode(rs.getString(2)), new BigDecimal(rs.getString(3)));
                    }
                }
            }
            List<WeightProfile> out = new ArrayList<>();
            byName.forEach((name, weights) -> out.add(new WeightProfile(name, weights)));
            return out;
        });
    }

    /**
     * Adds the profile or replaces all weights of the profile with the same name. A built-in's name
     * is refused ({@link BuiltInProfiles}): those are read-only.
     */
    public void save(WeightProfile profile) {
        if (io.offerbench.text.ProfileNames.builtInNamed(profile.name()).isPresent()) {
            throw new IllegalArgumentException(io.offerbench.text.Texts.get("profiles.builtInReadOnly", profile.name()));
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO weight_profile (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
                ps.setString(1, profile.name());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM weight_profile_weight WHERE profile_name = ?")) {
                ps.setString(1, profile.name());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO weight_profile_weight (profile_name, criterion, weight) VALUES (?, ?, ?)")) {
                for (Map.Entry<Criterion, BigDecimal> e : profile.weights().entrySet()) {
                    ps.setString(1, profile.name());
                    ps.setString(2, e.getKey().code());
                    Columns.setDecimal(ps, 3, e.getValue());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    public void delete(String name) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM weight_profile WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate();
            }
        });
    }
}
