package io.offerbench.scoring.negotiation;

/**
 * A random stream that is the same on every computer and Java version: SplitMix64 (integer
 * arithmetic only), Gaussians by Marsaglia's polar method and gammas by Marsaglia and Tsang's method,
 * with {@link StrictMath} for every function, whose results Java fixes bit for bit. So a student and
 * an advisor opening the same comparison see the same rank probabilities.
 */
final class SeededRandom {

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

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

    /** Uniform in 0..bound-1 (bound small; the bias of the modulo is below 2^-60). */
    int nextInt(int bound) {
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /**
     * The constants of one shape's draws, worked out once (a Dirichlet draws the same shapes 10,000 times). A shape
     * below 1 is boosted by U^(1/shape), taken as exp(log(U) × (1/shape)) with 1/shape worked out once (not always
     * the same bits as a division, but the same on every computer): StrictMath.pow was the costliest call of a
     * draw, and the two StrictMath calls are as fixed bit for bit on every computer.
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
            double boost = StrictMath.exp(StrictMath.log(nextDouble()) * g.inverse);
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
