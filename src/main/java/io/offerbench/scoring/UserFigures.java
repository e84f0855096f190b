package io.offerbench.scoring;

import io.offerbench.domain.Location;
import io.offerbench.domain.LocationFactor;
import java.util.List;
import java.util.Optional;

/** The user's own figure for a place: city first, then country, ignoring case (as the Currencies screen says). */
final class UserFigures {

    private UserFigures() {
    }

    static Optional<LocationFactor> match(Location location, LocationFactor.Kind kind, List<LocationFactor> factors) {
        for (String place : List.of(location.city(), location.country())) {
            if (place.isBlank()) {
                continue;
            }
            Optional<LocationFactor> hit = factors.stream()
                    .filter(f -> f.kind() == kind && f.place().strip().equalsIgnoreCase(place.strip())).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }
}
