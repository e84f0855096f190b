package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Coded;

/**
 * How sure the user is of their own weights, as the concentration of the Dirichlet distribution the
 * plausible weightings are drawn from. A weight share s varies with standard deviation
 * sqrt(s (1 - s) / (concentration + 1)): for a 25% share about 2.5 points when very sure, 4 when sure,
 * 8 when somewhat sure and 14 when unsure.
 */
public enum WeightCertainty implements Coded {
    VERY_SURE("very_sure", 300),
    SURE("sure", 100),
    SOMEWHAT_SURE("somewhat_sure", 30),
    UNSURE("unsure", 8);

    private final String code;
    private final double concentration;

    WeightCertainty(String code, double concentration) {
        this.code = code;
        this.concentration = concentration;
    }

    @Override
    public String code() {
        return code;
    }

    public double concentration() {
        return concentration;
    }

    public static WeightCertainty fromCode(String code) {
        return Coded.fromCode(WeightCertainty.class, code);
    }
}
