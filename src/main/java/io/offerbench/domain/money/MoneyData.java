package io.offerbench.domain.money;

import io.offerbench.domain.Refusal;
import java.util.List;
import java.util.Optional;

/**
 * Everything OfferBench ships to turn gross pay into real money: tax tables and the places they cover,
 * cost-of-living indices, one dated set of reference exchange rates, and the places deliberately left
 * out with the reason. Read from the bundled data files; the user's own figures live in the database.
 */
public record MoneyData(String filing, List<TaxTable> taxTables, List<TaxPlace> taxPlaces, List<LeftOutPlace> taxLeftOut,
        List<CostOfLivingIndex> costOfLiving, List<LeftOutPlace> costOfLivingLeftOut, String costOfLivingMethod,
        ReferenceRates rates) {

    public MoneyData {
        filing = filing == null ? "" : filing;
        taxTables = List.copyOf(taxTables);
        taxPlaces = List.copyOf(taxPlaces);
        taxLeftOut = List.copyOf(taxLeftOut);
        costOfLiving = List.copyOf(costOfLiving);
        costOfLivingLeftOut = List.copyOf(costOfLivingLeftOut);
        costOfLivingMethod = costOfLivingMethod == null ? "" : costOfLivingMethod;
        rates = rates == null ? ReferenceRates.none() : rates;
        for (TaxPlace p : taxPlaces) {
            for (String id : p.tableIds()) {
                if (taxTables.stream().noneMatch(t -> t.id().equals(id))) {
                    throw Refusal.of("money.placeUnknownTable", p.id(), id);
                }
            }
        }
    }

    /** Nothing shipped: estimates come from the user's own figures only. */
    public static MoneyData none() {
        return new MoneyData("", List.of(), List.of(), List.of(), List.of(), List.of(), "", ReferenceRates.none());
    }

    public Optional<TaxTable> table(String id) {
        return taxTables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<TaxTable> tablesOf(TaxPlace place) {
        return place.tableIds().stream().map(id -> table(id).orElseThrow()).toList();
    }
}
