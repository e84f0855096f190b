package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything one student's comparison holds apart from the bundled dataset: offers with their
 * comments, weight profiles, the user's own benchmark rows, which document rows they hid, their
 * currency table, location factors and settings. What a comparison file carries, and what an import
 * applies; a CSV file is a comparison with offers only.
 */
public record Comparison(
        List<SharedOffer> offers,
        List<WeightProfile> profiles,
        List<Benchmark> userBenchmarks,
        Set<String> hiddenDocumentBenchmarks,
        List<ExchangeRate> rates,
        List<LocationFactor> locationFactors,
        Map<String, String> settings) {

    public Comparison {
        offers = List.copyOf(offers);
        profiles = List.copyOf(profiles);
        userBenchmarks = List.copyOf(userBenchmarks);
        hiddenDocumentBenchmarks = Collections.unmodifiableSet(new TreeSet<>(hiddenDocumentBenchmarks));
        rates = List.copyOf(rates);
        locationFactors = List.copyOf(locationFactors);
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** Offers alone, as a CSV file gives them. */
    public static Comparison ofOffers(List<Offer> offers) {
        return new Comparison(offers.stream().map(o -> new SharedOffer(o, List.of())).toList(), List.of(), List.of(),
                Set.of(), List.<ExchangeRate>of(), List.of(), Map.of());
    }
}
