package io.offerbench.ui.ranking;

import java.util.stream.DoubleStream;

/**
 * How far the weight sliders reach. Weights may be 0 to 100, but every built-in weight lies between 1 and 40, so a
 * 0-100 slider bunched every handle in its left third: the sliders span 0-50 until some weight is above 50 (typed in
 * its number box, or saved so in a profile), and then the whole 0-100.
 */
final class WeightScale {

    static final int SHORT = 50;
    static final int FULL = 100;

    private WeightScale() {
    }

    static double maxFor(DoubleStream weights) {
        return weights.anyMatch(w -> w > SHORT) ? FULL : SHORT;
    }
}
