package io.offerbench.domain.money;

import java.util.List;
import java.util.Objects;

/**
 * A place OfferBench deliberately ships no figure for, and why: a figure that could not be checked
 * against a second public source is left out rather than guessed.
 */
public record LeftOutPlace(String name, List<String> countries, List<String> cities, String reason) {

    public LeftOutPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        countries = countries == null ? List.of() : List.copyOf(countries);
        cities = cities == null ? List.of() : List.copyOf(cities);
    }
}
