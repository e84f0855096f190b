package io.offerbench.scoring.tax;

import io.offerbench.domain.Location;
import java.util.List;
import java.util.Locale;

/**
 * Whether an offer's place is one a shipped figure is for. The city decides ("San Francisco",
 * "San Francisco, CA" and "san francisco" all match); a country, when the offer gives one, must
 * agree too, so London, Canada never gets England's tax table.
 */
public final class PlaceNames {

    private PlaceNames() {
    }

    public static boolean matches(Location location, List<String> countries, List<String> cities) {
        String city = normal(location.city());
        if (city.isEmpty() || cities.stream().map(PlaceNames::normal).noneMatch(city::equals)) {
            return false;
        }
        String country = normal(location.country());
        return country.isEmpty() || countries.isEmpty() || countries.stream().map(PlaceNames::normal).anyMatch(country::equals);
    }

    /** Lower case, trimmed, and only what comes before a comma ("Mountain View, CA" is "mountain view"). */
    public static String normal(String s) {
        String t = s == null ? "" : s.strip();
        int comma = t.indexOf(',');
        return (comma >= 0 ? t.substring(0, comma) : t).strip().toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
    }
}
