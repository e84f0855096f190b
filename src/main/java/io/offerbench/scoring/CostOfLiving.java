package io.offerbench.scoring;

import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.money.CostOfLivingIndex;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The price level an offer's pay was divided by (United States average = 100): the user's own figure
 * for the place when there is one, else the shipped index.
 *
 * @param shipped the shipped index used, or null when the user's own figure was
 * @param user    the user's own figure used, or null when the shipped index was
 */
public record CostOfLiving(BigDecimal index, CostOfLivingIndex shipped, LocationFactor user) {

    public CostOfLiving {
        Objects.requireNonNull(index, "index");
        if ((shipped == null) == (user == null)) {
            throw new IllegalArgumentException("A cost-of-living figure is either shipped or the user's own"); // not user text: a programmer's contract, both come from code
        }
    }

    public String place() {
        return shipped != null ? shipped.name() : user.place();
    }

    /** What pay is multiplied by: 100 / index. */
    public BigDecimal factor() {
        return BigDecimal.valueOf(100).divide(index, java.math.MathContext.DECIMAL64);
    }
}
