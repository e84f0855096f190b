package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Three starting points for weights, each over all twelve criteria and adding up to 100 so a weight
 * reads as "points out of 100". Why these numbers: see docs/scoring.md, "Weight presets".
 */
public final class WeightPresets {

    public static final String PAY_FIRST = "Pay first";
    public static final String RESEARCH_FIRST = "Research first";
    public static final String BALANCED = "Balanced";

    private WeightPresets() {
    }

    /** Pay dominates, but team fit, compute and topic still count: "the grass isn't always greener". */
    public static WeightProfile payFirst() {
        return profile(PAY_FIRST, 40, 8, 5, 8, 8, 8, 5, 5, 5, 3, 2, 3);
    }

    /** Freedom, publishing and compute first: the reasons people stay in or near academia. */
    public static WeightProfile researchFirst() {
        return profile(RESEARCH_FIRST, 10, 25, 15, 15, 8, 8, 5, 2, 4, 3, 2, 3);
    }

    /** Pay a fifth of the decision, the rest spread over what the documents show people weigh. */
    public static WeightProfile balanced() {
        return profile(BALANCED, 20, 12, 8, 10, 8, 10, 7, 5, 6, 5, 4, 5);
    }

    public static List<WeightProfile> all() {
        return List.of(payFirst(), researchFirst(), balanced());
    }

    /** Weights in {@link Criterion} declaration order. */
    private static WeightProfile profile(String name, int... weights) {
        Criterion[] criteria = Criterion.values();
        if (weights.length != criteria.length) {
            throw new IllegalStateException("A preset needs one weight per criterion");
        }
        Map<Criterion, BigDecimal> map = new EnumMap<>(Criterion.class);
        for (int i = 0; i < criteria.length; i++) {
            map.put(criteria[i], BigDecimal.valueOf(weights[i]));
        }
        return new WeightProfile(name, map);
    }
}
