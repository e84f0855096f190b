package io.offerbench.domain.money;

import io.offerbench.domain.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A shipped price level for a place, on the scale "United States average = 100" (BEA Regional Price
 * Parities are published on that scale). Pay is divided by index / 100 to compare what it buys.
 *
 * @param area  the statistical area the figure is for, as the publisher names it
 * @param year  the year the prices were measured
 * @param notes what the figure is known to miss (Switzerland's national GDP price level understates
 *              Swiss consumer prices), shown wherever the figure is, in the data's own words
 */
public record CostOfLivingIndex(String name, String area, List<String> countries, List<String> cities, BigDecimal index, String year, SourceRef source,
        List<SourceRef> checkedWith, LocalDate read, List<String> notes) {

    public CostOfLivingIndex(String name, String area, List<String> countries, List<String> cities, BigDecimal index, String year,
            SourceRef source, List<SourceRef> checkedWith, LocalDate read) {
        this(name, area, countries, cities, index, year, source, checkedWith, read, List.of());
    }

    public CostOfLivingIndex {
        notes = notes == null ? List.of() : List.copyOf(notes);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(read, "read");
        area = area == null ? "" : area;
        countries = countries == null ? List.of() : List.copyOf(countries);
        cities = List.copyOf(cities);
        checkedWith = checkedWith == null ? List.of() : List.copyOf(checkedWith);
        if (index.signum() <= 0) {
            throw Refusal.of("money.indexNotPositive", index.toPlainString());
        }
    }
}
