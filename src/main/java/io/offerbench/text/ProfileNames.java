package io.offerbench.text;

import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.WeightPresets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The shown name of the profile stored as {@code name}: a built-in in the reader's language, and so is the copy
     * OfferBench made of one ("Balanced (my copy)", "Balanced（来自文件）" shown as "均衡（我的副本）", "Balanced (from the
     * file)"), whichever language it was made in; any other name as given.
     */
    public static String of(String name) {
        String key = KEYS.get(name.strip().toLowerCase(Locale.ROOT));
        if (key != null) {
            return Texts.get(key);
        }
        return copy(name).map(c -> Texts.get(c.key(), Texts.get(KEYS.get(c.builtIn().toLowerCase(Locale.ROOT))), c.number()))
                .orElse(name);
    }

    /** The keys of the names OfferBench gives a built-in's copy: {@code {0}} the built-in's id, {@code {1}} a number. */
    private static final List<String> COPY_KEYS = List.of("profiles.myCopy", "profiles.fromFile");

    /**
     * A copy OfferBench made of a built-in: which built-in (its id), by which key it was named and its number (1 when
     * it has none).
     */
    public record Copy(String builtIn, String key, int number) {
    }

    /** The copy {@code name} is, named in any language ("Pay first (my copy 2)", "Balanced（我的副本）"); else empty. */
    public static Optional<Copy> copy(String name) {
        String n = name.strip();
        for (String id : new String[] {WeightPresets.BALANCED, WeightPresets.PAY_FIRST, WeightPresets.RESEARCH_FIRST}) {
            for (String key : COPY_KEYS) {
                for (Language l : Language.values()) {
                    String first = new MessageFormat(Texts.bundle(l).getString(key), l.locale()).format(new Object[] {id, 1});
                    if (first.equalsIgnoreCase(n)) {
                        return Optional.of(new Copy(id, key, 1));
                    }
                    String second = new MessageFormat(Texts.bundle(l).getString(key), l.locale()).format(new Object[] {id, 2});
                    int at = second.lastIndexOf('2');
                    Matcher m = Pattern.compile(Pattern.quote(second.substring(0, at)) + "(\\d{1,6})" + Pattern.quote(second.substring(at + 1)),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(n);
                    if (m.matches() && Integer.parseInt(m.group(1)) > 1) {
                        return Optional.of(new Copy(id, key, Integer.parseInt(m.group(1))));
                    }
                }
            }
        }
        return Optional.empty();
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
