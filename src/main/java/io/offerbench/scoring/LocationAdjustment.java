package io.offerbench.scoring;

import io.offerbench.domain.Location;
import io.offerbench.domain.LocationFactor;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional cost-of-living and after-tax estimates, as one factor applied to every pay component.
 * Both are off by default; when one is on but no factor matches the place, the factor stays 1 and a
 * note says so rather than guessing.
 *
 * @param factor what every amount is multiplied by
 * @param notes  one sentence per adjustment asked for, labelled as an estimate
 */
public record LocationAdjustment(BigDecimal factor, List<String> notes) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LocationAdjustment {
        notes = List.copyOf(notes);
    }

    public static LocationAdjustment none() {
        return new LocationAdjustment(BigDecimal.ONE, List.of());
    }

    public static LocationAdjustment forLocation(Location location, ScoringContext ctx) {
        BigDecimal factor = BigDecimal.ONE;
        List<String> notes = new ArrayList<>();
        String place = location.display().isBlank() ? "an unknown location" : location.display();
        if (ctx.afterTax()) {
            Optional<LocationFactor> tax = match(location, LocationFactor.Kind.EFFECTIVE_TAX_RATE, ctx.locationFactors());
            if (tax.isPresent()) {
                BigDecimal rate = tax.get().value();
                factor = factor.multiply(BigDecimal.ONE.subtract(rate.divide(HUNDRED, MathContext.DECIMAL64)));
                notes.add("After-tax estimate: " + rate.stripTrailingZeros().toPlainString() + "% effective tax for "
                        + tax.get().place() + " (your estimate" + noteSuffix(tax.get()) + ").");
            } else {
                notes.add("After-tax is on but no effective tax rate matches " + place + "; pay is shown before tax.");
            }
        }
        if (ctx.adjustCostOfLiving()) {
            Optional<LocationFactor> col = match(location, LocationFactor.Kind.COST_OF_LIVING, ctx.locationFactors());
            if (col.isPresent()) {
                BigDecimal index = col.get().value();
                factor = factor.multiply(HUNDRED.divide(index, MathContext.DECIMAL64));
                notes.add("Cost-of-living estimate: index " + index.stripTrailingZeros().toPlainString() + " for "
                        + col.get().place() + " (100 = reference; your estimate" + noteSuffix(col.get()) + ").");
            } else {
                notes.add("Cost-of-living adjustment is on but no index matches " + place + "; pay is not adjusted.");
            }
        }
        return new LocationAdjustment(factor, notes);
    }

    /** City first, then country, case-insensitively. */
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

    private static String noteSuffix(LocationFactor f) {
        return f.note().isBlank() ? "" : ": " + f.note();
    }
}
