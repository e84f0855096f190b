package io.offerbench.scoring;

import io.offerbench.domain.Location;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.money.CostOfLivingIndex;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.scoring.tax.PlaceNames;
import java.util.Optional;

/** The cost-of-living figure for an offer's place: the user's own first, then the shipped index. */
public final class CostOfLivingFinder {

    private CostOfLivingFinder() {
    }

    public static Optional<CostOfLiving> find(Location location, ScoringContext ctx) {
        Optional<LocationFactor> own = UserFigures.match(location, LocationFactor.Kind.COST_OF_LIVING, ctx.locationFactors());
        if (own.isPresent()) {
            return Optional.of(new CostOfLiving(own.get().value(), null, own.get()));
        }
        return shipped(location, ctx.money()).map(i -> new CostOfLiving(i.index(), i, null));
    }

    public static Optional<CostOfLivingIndex> shipped(Location location, MoneyData data) {
        return data.costOfLiving().stream().filter(i -> PlaceNames.matches(location, i.countries(), i.cities())).findFirst();
    }
}
