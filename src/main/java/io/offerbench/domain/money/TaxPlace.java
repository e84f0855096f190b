package io.offerbench.domain.money;

import io.offerbench.domain.Refusal;
import java.util.List;
import java.util.Objects;

/**
 * A place OfferBench can estimate after-tax pay for: the tables that apply to a wage earner living
 * and working there. An offer matches by its city (any of {@code cities}, ignoring case), and by its
 * country too when it names one (any of {@code countries}), so London, Ontario is not London, England.
 *
 * @param notes what the estimate for this place leaves out
 */
public record TaxPlace(String id, String name, List<String> countries, List<String> cities, List<String> tableIds, List<String> notes) {

    public TaxPlace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        countries = countries == null ? List.of() : List.copyOf(countries);
        cities = List.copyOf(cities);
        tableIds = List.copyOf(tableIds);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (cities.isEmpty() || tableIds.isEmpty()) {
            throw Refusal.of("money.placeEmpty", id);
        }
    }
}
