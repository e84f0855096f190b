package io.offerbench.scoring.negotiation;

/**
 * A random stream that is the same on every computer and Java version: SplitMix64 (integer arithmetic only),
 * Gaussians and exponentials by the ziggurat method, gammas by Marsaglia and Tsang's method. Java's double
 * arithmetic is fixed bit for bit, and every function called ({@link StrictMath}, and the ziggurat tables worked out
 * with it once) is too. So a student and an advisor opening the same comparison see the same rank probabilities.
 *
 * <p>Why the ziggurat: a Dirichlet draw over 14 criteria takes 14 gammas, 10,000 times for one table, and the
 * table has to follow a weight slider. The polar method's {@code log} every second Gaussian and a boost's
 * {@code log} per shape below 1 were most of a table's time ({@code StrictMath.log} is a native call on Java
 * 17); the ziggurat returns a Gaussian or an exponential from one 64-bit draw and a comparison about 99% of the
 * time, and only its rare wedge and tail cases call {@code StrictMath}.
 */
final class SeededRandom {

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1), 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in (0, 1]: never 0, so its logarithm is finite. */
    private double nextPositiveDouble() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** Uniform in 0..bound-1 (bound small; the bias of the modulo is below 2^-60). */
    int nextInt(int bound) {
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    /**
     * A standard normal: Marsaglia and Tsang's ziggurat (2000) in Doornik's form (2005), whose strip index and
     * uniform come from separate bits of the draw (the original's shared bits made successive values correlated).
     */
    double nextGaussian() {
        while (true) {
            long bits = nextLong();
            int i = (int) (bits & Ziggurat.NORMAL_MASK);
            double u = 2 * ((bits >>> 11) * 0x1.0p-53) - 1;
            if (Math.abs(u) < Ziggurat.NORMAL_RATIO[i]) {
                return u * Ziggurat.NORMAL_X[i];
            }
            if (i == 0) {
                return normalTail(u < 0);
            }
            double x = u * Ziggurat.NORMAL_X[i];
            double f0 = StrictMath.exp(-0.5 * (Ziggurat.NORMAL_X[i] * Ziggurat.NORMAL_X[i] - x * x));
            double f1 = StrictMath.exp(-0.5 * (Ziggurat.NORMAL_X[i + 1] * Ziggurat.NORMAL_X[i + 1] - x * x));
            if (f1 + nextDouble() * (f0 - f1) < 1.0) {
                return x;
            }
        }
    }

    /** Beyond the base strip's edge r (Marsaglia 1964). */
    private double normalTail(boolean negative) {
        double r = Ziggurat.NORMAL_R;
        double x;
        double y;
        do {
            x = StrictMath.log(nextPositiveDouble()) / r;
            y = StrictMath.log(nextPositiveDouble());
        } while (-2 * y < x * x);
        return negative ? x - r : r - x;
    }

    /** A standard exponential (rate 1), by the ziggurat as {@link #nextGaussian} is. */
    double nextExponential() {
        double shift = 0;
        while (true) {
            long bits = nextLong();
            int i = (int) (bits & Ziggurat.EXPONENTIAL_MASK);
            double u = (bits >>> 11) * 0x1.0p-53;
            if (u < Ziggurat.EXPONENTIAL_RATIO[i]) {
                return shift + u * Ziggurat.EXPONENTIAL_X[i];
            }
            if (i == 0) {
                // The tail beyond r is r plus another exponential (the distribution forgets where it starts).
                shift += Ziggurat.EXPONENTIAL_R;
                continue;
            }
            double x = u * Ziggurat.EXPONENTIAL_X[i];
            double f0 = StrictMath.exp(x - Ziggurat.EXPONENTIAL_X[i]);
            double f1 = StrictMath.exp(x - Ziggurat.EXPONENTIAL_X[i + 1]);
            if (f1 + nextDouble() * (f0 - f1) < 1.0) {
                return shift + x;
            }
        }
    }

    /**
     * The constants of one shape's draws, worked out once (a Dirichlet draws the same shapes 10,000 times). A shape
     * below 1 is boosted: Gamma(shape) = Gamma(shape + 1) × U^(1/shape) = Gamma(shape + 1) × exp(−E / shape) with E
     * exponential, so the boost costs one exponential draw and one {@code exp}.
     */
    static final class Gamma {
        final double shape;
        final boolean boosted;
        final double inverse;
        final double d;
        final double c;

        Gamma(double shape) {
            this.shape = shape;
            boosted = shape < 1;
            inverse = 1 / shape;
            d = (boosted ? shape + 1 : shape) - 1.0 / 3;
            c = 1 / StrictMath.sqrt(9 * d);
        }
    }

    /** Gamma(shape, 1) for shape > 0 (Marsaglia and Tsang 2000). */
    double nextGamma(Gamma g) {
        if (g.boosted) {
            double boost = StrictMath.exp(-nextExponential() * g.inverse);
            return marsagliaTsang(g.d, g.c) * boost;
        }
        return marsagliaTsang(g.d, g.c);
    }

    private double marsagliaTsang(double d, double c) {
        while (true) {
            double x = nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
                return d * v;
            }
        }
    }
}
