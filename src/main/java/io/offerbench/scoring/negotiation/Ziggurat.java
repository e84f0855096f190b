package io.offerbench.scoring.negotiation;

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
        // Normal, unnormalised density f(x) = exp(-x²/2).
        double f = StrictMath.exp(-0.5 * NORMAL_R * NORMAL_R);
        NORMAL_X[0] = NORMAL_V / f;
        NORMAL_X[1] = NORMAL_R;
        for (int i = 2; i < NORMAL_STRIPS; i++) {
            NORMAL_X[i] = StrictMath.sqrt(-2 * StrictMath.log(NORMAL_V / NORMAL_X[i - 1] + f));
            f = StrictMath.exp(-0.5 * NORMAL_X[i] * NORMAL_X[i]);
        }
        NORMAL_X[NORMAL_STRIPS] = 0;
        for (int i = 0; i < NORMAL_STRIPS; i++) {
            NORMAL_RATIO[i] = NORMAL_X[i + 1] / NORMAL_X[i];
        }
        // Exponential, density f(x) = exp(-x).
        f = StrictMath.exp(-EXPONENTIAL_R);
        EXPONENTIAL_X[0] = EXPONENTIAL_V / f;
        EXPONENTIAL_X[1] = EXPONENTIAL_R;
        for (int i = 2; i < EXPONENTIAL_STRIPS; i++) {
            EXPONENTIAL_X[i] = -StrictMath.log(EXPONENTIAL_V / EXPONENTIAL_X[i - 1] + f);
            f = StrictMath.exp(-EXPONENTIAL_X[i]);
        }
        EXPONENTIAL_X[EXPONENTIAL_STRIPS] = 0;
        for (int i = 0; i < EXPONENTIAL_STRIPS; i++) {
            EXPONENTIAL_RATIO[i] = EXPONENTIAL_X[i + 1] / EXPONENTIAL_X[i];
        }
    }

    private Ziggurat() {
    }
}
