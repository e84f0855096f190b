package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Three starting points for weights, each over every criterion and adding up to 100 so a weight
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
        return profile(PAY_FIRST, Map.ofEntries(w(Criterion.PAY, 40), w(Criterion.RESEARCH_FREEDOM, 8), w(Criterion.PUBLICATION, 5),
                w(Criterion.COMPUTE, 8), w(Criterion.TEACHING, 1), w(Criterion.TOPIC_FIT, 3), w(Criterion.INTEREST, 5), w(Criterion.TEAM_FIT, 8),
                w(Criterion.ROLE_CLARITY, 5), w(Criterion.PRODUCT_CLOSENESS, 5), w(Criterion.STABILITY, 4), w(Criterion.HOURS, 3),
                w(Criterion.COMMUTE, 2), w(Criterion.VISA, 3)));
    }

    /** Freedom, publishing and compute first: the reasons people stay in or near academia; teaching takes from them. */
    public static WeightProfile researchFirst() {
        return profile(RESEARCH_FIRST, Map.ofEntries(w(Criterion.PAY, 10), w(Criterion.RESEARCH_FREEDOM, 24),
                w(Criterion.PUBLICATION, 15), w(Criterion.COMPUTE, 14), w(Criterion.TEACHING, 4), w(Criterion.TOPIC_FIT, 2), w(Criterion.INTEREST, 6),
                w(Criterion.TEAM_FIT, 8), w(Criterion.ROLE_CLARITY, 5), w(Criterion.PRODUCT_CLOSENESS, 2), w(Criterion.STABILITY, 3),
                w(Criterion.HOURS, 3), w(Criterion.COMMUTE, 2), w(Criterion.VISA, 2)));
    }

    /** Pay a fifth of the decision, the rest spread over what the documents show people weigh. */
    public static WeightProfile balanced() {
        return profile(BALANCED, Map.ofEntries(w(Criterion.PAY, 20), w(Criterion.RESEARCH_FREEDOM, 11), w(Criterion.PUBLICATION, 8),
                w(Criterion.COMPUTE, 10), w(Criterion.TEACHING, 3), w(Criterion.TOPIC_FIT, 3), w(Criterion.INTEREST, 5), w(Criterion.TEAM_FIT, 10),
                w(Criterion.ROLE_CLARITY, 6), w(Criterion.PRODUCT_CLOSENESS, 5), w(Criterion.STABILITY, 6), w(Criterion.HOURS, 5),
                w(Criterion.COMMUTE, 4), w(Criterion.VISA, 4)));
    }

    public static List<WeightProfile> all() {
        return List.of(payFirst(), researchFirst(), balanced());
    }

    private static Map.Entry<Criterion, Integer> w(Criterion c, int weight) {
        return Map.entry(c, weight);
    }

    /** Every criterion must have its weight: a new criterion without a preset weight fails the build's tests, not silently. */
    private static WeightProfile profile(String name, Map<Criterion, Integer> weights) {
        Map<Criterion, BigDecimal> map = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Integer weight = weights.get(c);
            if (weight == null) {
                throw new IllegalStateException("Preset " + name + " has no weight for " + c.code());
            }
            map.put(c, BigDecimal.valueOf(weight));
        }
        return new WeightProfile(name, map);
    }
}
