package io.offerbench.store;

import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.text.Texts;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in weight profiles (Balanced, Pay first, Research first) are read-only: no saved profile
 * may carry one of their names, so a built-in's name always means its documented weights, in the
 * window, the command line and the report. Earlier versions let "Save as profile…" overwrite one;
 * at open such a profile is kept as the user's copy ("Balanced (my copy)", the active profile follows
 * it, so the ranking the user saw does not change) and the built-in is itself again.
 */
public final class BuiltInProfiles {

    private BuiltInProfiles() {
    }

    /** The built-in with this name (ignoring case and surrounding spaces), if it is one. */
    public static Optional<WeightProfile> named(String name) {
        String n = name == null ? "" : name.strip();
        return WeightPresets.all().stream().filter(p -> p.name().equalsIgnoreCase(n)).findFirst();
    }

    /** "Balanced (my copy)", or with a number when that name is taken. */
    public static String copyName(String builtIn, Set<String> taken, String key) {
        Set<String> lower = new HashSet<>();
        taken.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
        String name = Texts.get(key, builtIn, 1);
        for (int n = 2; lower.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = Texts.get(key, builtIn, n);
        }
        return name;
    }

    /** Puts back every built-in a saved profile overwrote; returns the copies made (empty: nothing to do). */
    static List<String> restore(Database db) {
        List<WeightProfile> saved = db.profiles().findAll();
        if (saved.stream().noneMatch(p -> named(p.name()).isPresent())) {
            return List.of();
        }
        return db.inTransaction(c -> {
            Set<String> taken = new HashSet<>();
            saved.forEach(p -> taken.add(p.name()));
            String active = db.settings().get("scoring.active_profile").orElse("");
            List<String> copies = new java.util.ArrayList<>();
            for (WeightProfile p : saved) {
                Optional<WeightProfile> builtIn = named(p.name());
                if (builtIn.isEmpty()) {
                    continue;
                }
                if (builtIn.get().sameWeightsAs(p)) {
                    db.profiles().delete(p.name()); // the same weights: the built-in itself, nothing to keep
                    continue;
                }
                String copy = copyName(builtIn.get().name(), taken, "profiles.myCopy");
                taken.add(copy);
                try (PreparedStatement ps = c.prepareStatement("UPDATE weight_profile SET name = ? WHERE name = ?")) {
                    ps.setString(1, copy); // the weights follow (ON UPDATE CASCADE)
                    ps.setString(2, p.name());
                    ps.executeUpdate();
                }
                if (active.equalsIgnoreCase(p.name())) {
                    db.settings().put("scoring.active_profile", copy);
                }
                copies.add(copy);
            }
            return copies;
        });
    }
}
