package io.offerbench.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of weights, one per criterion, each between 0 and 100. Weights are relative: scoring
 * divides each by their sum, so a profile need not add up to 100. A student and an advisor each keep
 * their own profile and compare the rankings side by side.
 */
public record WeightProfile(String name, Map<Criterion, BigDecimal> weights) {

    public WeightProfile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw Refusal.of("weights.noName");
        }
        EnumMap<Criterion, BigDecimal> copy = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            BigDecimal w = weights == null ? null : weights.get(c);
            w = w == null ? BigDecimal.ZERO : w;
            if (w.signum() < 0 || w.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw Refusal.of("weights.range", c, w.toPlainString());
            }
            copy.put(c, w);
        }
        if (copy.values().stream().allMatch(w -> w.signum() == 0)) {
            throw Refusal.of("weights.allZero");
        }
        weights = Collections.unmodifiableMap(copy);
    }

    public BigDecimal weight(Criterion c) {
        return weights.get(c);
    }

    /** Same weight for every criterion, whatever the names (10 equals 10.0). */
    public boolean sameWeightsAs(WeightProfile other) {
        for (Criterion c : Criterion.values()) {
            if (weight(c).compareTo(other.weight(c)) != 0) {
                return false;
            }
        }
        return true;
    }

    public WeightProfile with(Criterion c, BigDecimal w) {
        EnumMap<Criterion, BigDecimal> copy = new EnumMap<>(weights);
        copy.put(c, w);
        return new WeightProfile(name, copy);
    }

    public WeightProfile renamed(String newName) {
        return new WeightProfile(newName, weights);
    }
}
