package io.offerbench.text;

import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.WeightPresets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The name a weight profile is shown by. A built-in profile's stored name ("Balanced", "Pay first", "Research first") is
 * its identifier — what {@code --profile} takes, what settings, comparison files and the CLI's JSON hold — and is shown
 * in the reader's language ("均衡"); a profile the user made keeps the name they gave it.
 */
public final class ProfileNames {

    private static final Map<String, String> KEYS = Map.of(
            WeightPresets.BALANCED.toLowerCase(Locale.ROOT), "profiles.builtIn.balanced",
            WeightPresets.PAY_FIRST.toLowerCase(Locale.ROOT), "profiles.builtIn.payFirst",
            WeightPresets.RESEARCH_FIRST.toLowerCase(Locale.ROOT), "profiles.builtIn.researchFirst");

    private ProfileNames() {
    }

    public static String of(WeightProfile profile) {
        return of(profile.name());
    }

    /** The shown name of the profile stored as {@code name}. */
    public static String of(String name) {
        String key = KEYS.get(name.strip().toLowerCase(Locale.ROOT));
        return key == null ? name : Texts.get(key);
    }

    /**
     * The built-in profile's identifier that {@code typed} names in any language ("均衡" or "balanced" gives
     * "Balanced"), so the command line takes the name the window shows; empty for any other name.
     */
    public static Optional<String> builtInNamed(String typed) {
        String t = typed.strip();
        for (String id : new String[] {WeightPresets.BALANCED, WeightPresets.PAY_FIRST, WeightPresets.RESEARCH_FIRST}) {
            String key = KEYS.get(id.toLowerCase(Locale.ROOT));
            for (Language l : Language.values()) {
                if (id.equalsIgnoreCase(t) || Texts.bundle(l).getString(key).equalsIgnoreCase(t)) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }
}
