package io.offerbench.scoring.negotiation;

import java.util.function.DoubleUnaryOperator;

/**
 * The ziggurat tables for {@link SeededRandom}: strips of equal area {@code v} under the density, the base strip
 * holding the tail beyond {@code r} (Marsaglia and Tsang 2000, the constants of their paper for 128 normal and 256
 * exponential strips; tables built as in Doornik 2005). X[i] is the right edge of strip i, X[0] the width of the
 * base strip's rectangle of area v; RATIO[i] = X[i+1] / X[i] is the share of strip i that lies wholly under the
 * curve. Built once with {@link StrictMath}, so the same on every computer.
 */
final class Ziggurat {

    static final int NORMAL_STRIPS = 128;
    static final int NORMAL_MASK = NORMAL_STRIPS - 1;
    static final double NORMAL_R = 3.442619855899;
    private static final double NORMAL_V = 9.91256303526217e-3;
    static final double[] NORMAL_X = new double[NORMAL_STRIPS + 1];
    static final double[] NORMAL_RATIO = new double[NORMAL_STRIPS];

    static final int EXPONENTIAL_STRIPS = 256;
    static final int EXPONENTIAL_MASK = EXPONENTIAL_STRIPS - 1;
    static final double EXPONENTIAL_R = 7.69711747013104972;
    private static final double EXPONENTIAL_V = 3.949659822581572e-3;
    static final double[] EXPONENTIAL_X = new double[EXPONENTIAL_STRIPS + 1];
    static final double[] EXPONENTIAL_RATIO = new double[EXPONENTIAL_STRIPS];

    static {
        // Normal, unnormalised density f(x) = exp(-x²/2), whose inverse is sqrt(-2 log y).
        build(NORMAL_X, NORMAL_RATIO, NORMAL_R, NORMAL_V, x -> StrictMath.exp(-0.5 * x * x), y -> StrictMath.sqrt(-2 * StrictMath.log(y)));
        // Exponential, density f(x) = exp(-x), whose inverse is -log y.
        build(EXPONENTIAL_X, EXPONENTIAL_RATIO, EXPONENTIAL_R, EXPONENTIAL_V, x -> StrictMath.exp(-x), y -> -StrictMath.log(y));
    }

    /** Each strip above the base has area v: f(X[i]) = v / X[i-1] + f(X[i-1]), so X[i] = f⁻¹ of that. */
    private static void build(double[] x, double[] ratio, double r, double v, DoubleUnaryOperator density, DoubleUnaryOperator inverse) {
        int strips = ratio.length;
        double f = density.applyAsDouble(r);
        x[0] = v / f;
        x[1] = r;
        for (int i = 2; i < strips; i++) {
            x[i] = inverse.applyAsDouble(v / x[i - 1] + f);
            f = density.applyAsDouble(x[i]);
        }
        x[strips] = 0;
        for (int i = 0; i < strips; i++) {
            ratio[i] = x[i + 1] / x[i];
        }
    }

    private Ziggurat() {
    }
}
