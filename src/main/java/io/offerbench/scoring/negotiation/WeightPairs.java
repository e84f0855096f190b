package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * For an offer no single weight can put first, the nearest change of two weights that does: one raised,
 * one lowered, the rest as they are relative to each other. Totals are the main score's (a blank
 * criterion left out and the weights renormalised over the answered ones, each criterion's points
 * rounded to cents as {@code WeightedTotal} sums them), and what is said is checked over the whole
 * region the words claim, not at sampled points.
 *
 * <p><b>The region.</b> Let su and sd be the shares of the raised and the lowered weight (the others
 * keep their proportions). "Leads if up weighs at least A and down at most B" claims the offer leads at
 * every (su, sd) with su &ge; A, 0 &le; sd &le; B and su no more than the top of up's slider allows
 * (up's weight at most 100 with the others as they are): a convex quadrilateral in (su, sd). When that
 * cannot be had, the corner is said as a point ("if up weighed A and down B"), and the region checked is
 * the band just beyond the corner (su &ge; A, sd from a little under B to B), which covers the point as
 * the words round it.
 *
 * <p><b>The search, and the check.</b> Whether j leads over a region comes down to each rival's P_k, a
 * quadratic in (su, sd), being positive on it ({@link ExactCornerCheck} says why). Since the region shrinks
 * as A rises, for each B tried the least A on the 0.1-point grid is found by halving, in doubles and with
 * a δ a little wider than the rounding needs, so that what the doubles accept the exact check almost
 * always accepts. The corners found are then taken nearest first, and the first that
 * {@link ExactCornerCheck} accepts in BigDecimal, with A rounded up and B rounded down to 0.1 points of
 * share as the words say them and the JSON gives them, is the one said.
 */
public final class WeightPairs {

    /** Lowered shares tried: from just below where it is to 0, in this many steps. */
    static final int STEPS = 20;
    static final BigDecimal MAX_WEIGHT = WeightRegions.MAX_WEIGHT;
    /** The searches in doubles ask for this much more δ, so that what they accept the exact check almost always accepts. */
    private static final double DOUBLE_SLACK = 1e-6;
    private static final MathContext MC = new MathContext(40);
    /** Corners are said to 0.1 points of share (3 decimals), so what is checked is what the words and the JSON say. */
    private static final int SCALE = 3;

    private WeightPairs() {
    }

    /** The nearest two-weight change that puts {@code scores.get(j)} strictly first, if any. */
    public static Optional<WeightPair> nearest(Ranking ranking, int j) {
        List<OfferScore> scores = ranking.scores();
        WeightProfile profile = ranking.weights();
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : Criterion.values()) {
            total = total.add(profile.weight(c));
        }
        if (total.signum() <= 0 || scores.size() < 2) {
            return Optional.empty();
        }
        Inputs in = new Inputs(scores, profile, j);
        List<Plane> planes = new ArrayList<>();
        for (Criterion up : Criterion.values()) {
            for (Criterion down : Criterion.values()) {
                if (up == down || profile.weight(down).signum() <= 0 || profile.weight(up).compareTo(MAX_WEIGHT) >= 0) {
                    continue;
                }
                Plane plane = Plane.of(in, total, up, down);
                if (plane != null) {
                    planes.add(plane);
                }
            }
        }
        // A corner said as "at least … and at most …" if there is one; else one said as a point.
        for (boolean quadrant : new boolean[] {true, false}) {
            List<Candidate> found = new ArrayList<>();
            double[] bound = {Double.POSITIVE_INFINITY};
            for (Plane plane : planes) {
                plane.search(quadrant, found, bound);
            }
            found.sort(Comparator.comparingDouble(Candidate::distance));
            for (Candidate c : found) {
                if (c.plane.exactCheck().holds(c.a, c.b, c.quadrant)) {
                    return Optional.of(new WeightPair(scores.get(j).offer(), c.plane.up, c.a, c.plane.nowUp, c.plane.down, c.b,
                            c.plane.nowDown, c.quadrant));
                }
            }
        }
        return Optional.empty();
    }

    private record Candidate(Plane plane, BigDecimal a, BigDecimal b, boolean quadrant, double distance) {
    }

    /** The ranking's raw scores and weights, read once for all the pairs. */
    private static final class Inputs {
        final List<OfferScore> scores;
        final WeightProfile weights;
        final int j;
        final int n;
        final double[][] raw;
        final boolean[][] entered;
        final double[] w;
        /** Per offer, over its answered criteria with weight: raw × weight, weight, how many. */
        final double[] a;
        final double[] s;
        final int[] m;

        Inputs(List<OfferScore> scores, WeightProfile weights, int j) {
            this.scores = scores;
            this.weights = weights;
            this.j = j;
            n = scores.size();
            int criteria = Criterion.values().length;
            raw = new double[n][criteria];
            entered = new boolean[n][criteria];
            w = new double[criteria];
            a = new double[n];
            s = new double[n];
            m = new int[n];
            for (Criterion c : Criterion.values()) {
                w[c.ordinal()] = weights.weight(c).doubleValue();
            }
            for (int i = 0; i < n; i++) {
                for (Criterion c : Criterion.values()) {
                    int x = c.ordinal();
                    entered[i][x] = scores.get(i).component(c).entered();
                    raw[i][x] = entered[i][x] ? scores.get(i).component(c).rawScore().doubleValue() : 0;
                    if (entered[i][x] && w[x] > 0) {
                        a[i] += raw[i][x] * w[x];
                        s[i] += w[x];
                        m[i]++;
                    }
                }
            }
        }
    }

    /**
     * One (up, down) pair for offer j: each rival's P_k in doubles (with the wider δ; the exact ones are made
     * by {@link ExactCornerCheck} when a corner is checked), and the shares now. Up's slider top is the line
     * su (O + 100) + sd 100 = 100, O the other weights.
     */
    private static final class Plane {
        final Inputs in;
        final Criterion up;
        final Criterion down;
        final BigDecimal others;
        final double othersD;
        final BigDecimal nowUp;
        final BigDecimal nowDown;
        final List<double[]> approx;
        /** j does not lead with up at the top of its slider and down at 0, so no "at least … and at most …" holds. */
        boolean noQuadrant;
        /** Made when the first of this pair's corners is about to be said: most pairs never get that far. */
        private ExactCornerCheck exactCheck;

        private Plane(Inputs in, Criterion up, Criterion down, BigDecimal others, BigDecimal nowUp, BigDecimal nowDown, List<double[]> approx) {
            this.in = in;
            this.up = up;
            this.down = down;
            this.others = others;
            this.othersD = others.doubleValue();
            this.nowUp = nowUp;
            this.nowDown = nowDown;
            this.approx = approx;
        }

        static Plane of(Inputs in, BigDecimal total, Criterion up, Criterion down) {
            BigDecimal others = total.subtract(in.weights.weight(up)).subtract(in.weights.weight(down));
            if (others.signum() <= 0) {
                return null; // only these two weigh anything: moving them is one weight's change, said by WeightRegions
            }
            double o = others.doubleValue();
            int u = up.ordinal();
            int d = down.ordinal();
            double[][] num = new double[in.n][];
            double[][] den = new double[in.n][];
            int[] counted = new int[in.n];
            for (int i = 0; i < in.n; i++) {
                boolean eu = in.entered[i][u];
                boolean ed = in.entered[i][d];
                double a = in.a[i];
                double s = in.s[i];
                int m = in.m[i];
                if (eu && in.w[u] > 0) {
                    a -= in.raw[i][u] * in.w[u];
                    s -= in.w[u];
                    m--;
                }
                if (ed && in.w[d] > 0) {
                    a -= in.raw[i][d] * in.w[d];
                    s -= in.w[d];
                    m--;
                }
                counted[i] = m + (eu ? 1 : 0) + (ed ? 1 : 0);
                if (m == 0 && !eu && !ed) {
                    num[i] = new double[] {0, 0, 0};
                    den[i] = new double[] {1, 0, 0};
                    continue;
                }
                num[i] = new double[] {a, (eu ? in.raw[i][u] * o : 0) - a, (ed ? in.raw[i][d] * o : 0) - a};
                den[i] = new double[] {s, (eu ? o : 0) - s, (ed ? o : 0) - s};
            }
            List<double[]> approx = new ArrayList<>();
            boolean noQuadrant = false;
            double top = MAX_WEIGHT.doubleValue() / (o + MAX_WEIGHT.doubleValue());
            for (int k = 0; k < in.n; k++) {
                if (k == in.j) {
                    continue;
                }
                double delta = ExactCornerCheck.HALF_CENT.doubleValue() * (counted[in.j] + counted[k]) + DOUBLE_SLACK;
                double[] cross = minus(times(num[in.j], den[k]), times(num[k], den[in.j]));
                double[] q = minus(cross, scaled(times(den[in.j], den[k]), delta));
                // Up at the top of its slider and down at 0 lies in every quadrant: if j does not lead there, none holds.
                noQuadrant |= at(q, top, 0) <= 0;
                approx.add(q);
            }
            BigDecimal sum = total;
            Plane plane = new Plane(in, up, down, others, in.weights.weight(up).divide(sum, MC), in.weights.weight(down).divide(sum, MC), approx);
            plane.noQuadrant = noQuadrant;
            return plane;
        }

        private static double[] times(double[] x, double[] y) {
            return new double[] {x[0] * y[0], x[0] * y[1] + x[1] * y[0], x[0] * y[2] + x[2] * y[0], x[1] * y[1], x[1] * y[2] + x[2] * y[1],
                    x[2] * y[2]};
        }

        private static double[] minus(double[] x, double[] y) {
            double[] r = new double[6];
            for (int i = 0; i < 6; i++) {
                r[i] = x[i] - y[i];
            }
            return r;
        }

        private static double[] scaled(double[] x, double f) {
            double[] r = new double[6];
            for (int i = 0; i < 6; i++) {
                r[i] = x[i] * f;
            }
            return r;
        }

        ExactCornerCheck exactCheck() {
            if (exactCheck == null) {
                exactCheck = new ExactCornerCheck(in.scores, in.weights, in.j, up, down, others);
            }
            return exactCheck;
        }

        /** Up's share at the top of its slider with down's share sd. */
        double capD(double sd) {
            double max = MAX_WEIGHT.doubleValue();
            return max * (1 - sd) / (othersD + max);
        }

        /**
         * For each lowered share tried, the least raised share (on the 0.1-point grid the corner is said on) whose
         * region holds in doubles; each corner found is added to {@code out}. {@code bound[0]} is the nearest
         * distance found so far over all pairs: lowered shares that cannot come nearer are not tried.
         */
        void search(boolean quadrant, List<Candidate> out, double[] bound) {
            double now = nowUp.doubleValue();
            double nowD = nowDown.doubleValue();
            if (quadrant && noQuadrant) {
                return;
            }
            long from = BigDecimal.valueOf(now).movePointRight(SCALE).setScale(0, RoundingMode.CEILING).longValueExact();
            for (int step = 1; step <= STEPS; step++) {
                BigDecimal b = nowDown.multiply(BigDecimal.valueOf(STEPS - step)).divide(BigDecimal.valueOf(STEPS), SCALE, RoundingMode.FLOOR);
                double bd = b.doubleValue();
                if (nowD - bd > bound[0]) {
                    return; // lowering further only moves further
                }
                double lowD = ExactCornerCheck.bandLow(b, quadrant).doubleValue();
                long to = (long) Math.floor(capD(bd) * 1000 - 1e-9);
                if (to < from || !holds(to / 1000.0, lowD, bd)) {
                    continue;
                }
                // The least grid point that holds: the region shrinks as it rises, so halving finds it.
                long lo = from - 1;
                long hi = to;
                while (hi - lo > 1) {
                    long mid = (lo + hi) >>> 1;
                    if (holds(mid / 1000.0, lowD, bd)) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                BigDecimal a = BigDecimal.valueOf(hi, SCALE);
                double distance = Math.abs(a.doubleValue() - now) + Math.abs(bd - nowD);
                bound[0] = Math.min(bound[0], distance);
                out.add(new Candidate(this, a, b, quadrant, distance));
            }
        }

        /** Every rival's P_k &gt; 0 (doubles) on the region su &ge; a, lowD &le; sd &le; b, su under the slider's top. */
        boolean holds(double a, double lowD, double b) {
            double[][] v = {{a, lowD}, {capD(lowD), lowD}, {capD(b), b}, {a, b}};
            if (v[3][0] > v[2][0]) {
                return false;
            }
            for (double[] q : approx) {
                if (!positive(q, v, a, lowD, b)) {
                    return false;
                }
            }
            return true;
        }

        private boolean positive(double[] q, double[][] v, double a, double lowD, double b) {
            for (int i = 0; i < 4; i++) {
                double[] p = v[i];
                double[] r = v[(i + 1) % 4];
                if (at(q, p[0], p[1]) <= 0) {
                    return false;
                }
                double du = r[0] - p[0];
                double dv = r[1] - p[1];
                // f(t) = q(p + t (r - p)) = c2 t² + c1 t + c0
                double c2 = q[3] * du * du + q[4] * du * dv + q[5] * dv * dv;
                double c1 = q[1] * du + q[2] * dv + 2 * q[3] * p[0] * du + q[4] * (p[0] * dv + p[1] * du) + 2 * q[5] * p[1] * dv;
                if (c2 > 0) {
                    double t = -c1 / (2 * c2);
                    if (t > 0 && t < 1 && at(q, p[0] + t * du, p[1] + t * dv) <= 0) {
                        return false;
                    }
                }
            }
            double det = 4 * q[3] * q[5] - q[4] * q[4];
            if (det > 0 && q[3] > 0) {
                double u = (-2 * q[5] * q[1] + q[4] * q[2]) / det;
                double d = (-2 * q[3] * q[2] + q[4] * q[1]) / det;
                if (u >= a && d >= lowD && d <= b && u <= capD(d) && at(q, u, d) <= 0) {
                    return false;
                }
            }
            return true;
        }

        private static double at(double[] q, double u, double d) {
            return q[0] + q[1] * u + q[2] * d + q[3] * u * u + q[4] * u * d + q[5] * d * d;
        }
    }
}
