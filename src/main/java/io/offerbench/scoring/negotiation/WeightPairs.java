package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * For an offer no single weight can put first, the nearest change of two weights that does: one raised,
 * one lowered, the rest as they are. Totals are the main score's (a blank criterion left out and the
 * weights renormalised over the answered ones), so unlike {@link WeightRegions} the edge is not a
 * straight line and is found by bisection: for each lowered weight in {@value #STEPS} steps from where it
 * is to 0, the smallest raise of the other that leads, to 1/2^{@value #HALVINGS} of the slider. The
 * nearest corner (least total movement of the two shares) is kept, and checked over the quadrant beyond
 * it on a grid, which decides whether it is said as "at least … and at most …" or as a point.
 */
public final class WeightPairs {

    static final int STEPS = 20;
    static final int HALVINGS = 30;
    static final double MAX_WEIGHT = WeightRegions.MAX_WEIGHT.doubleValue();
    private static final int GRID = 6;

    private WeightPairs() {
    }

    /** The nearest two-weight change that puts {@code scores.get(j)} strictly first, if any. */
    public static Optional<WeightPair> nearest(Ranking ranking, int j) {
        List<OfferScore> scores = ranking.scores();
        int n = scores.size();
        int criteria = Criterion.values().length;
        double[][] raw = new double[n][criteria];
        for (int i = 0; i < n; i++) {
            for (Criterion c : Criterion.values()) {
                raw[i][c.ordinal()] = scores.get(i).component(c).entered() ? scores.get(i).component(c).rawScore().doubleValue() : Double.NaN;
            }
        }
        WeightProfile profile = ranking.weights();
        double[] w = new double[criteria];
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            w[c.ordinal()] = profile.weight(c).doubleValue();
            sum += w[c.ordinal()];
        }
        if (sum <= 0) {
            return Optional.empty();
        }
        Corner best = null;
        for (Criterion up : Criterion.values()) {
            for (Criterion down : Criterion.values()) {
                if (up == down || w[down.ordinal()] <= 0 || w[up.ordinal()] >= MAX_WEIGHT) {
                    continue;
                }
                Corner c = corner(raw, w, j, up.ordinal(), down.ordinal());
                if (c != null && (best == null || c.distance < best.distance)) {
                    best = c;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        boolean quadrant = quadrantHolds(raw, w, j, best);
        double[] now = shares(w, best.up, w[best.up], best.down, w[best.down]);
        double[] at = shares(w, best.up, best.x, best.down, best.y);
        return Optional.of(new WeightPair(scores.get(j).offer(), Criterion.values()[best.up], bd(at[0]), bd(now[0]),
                Criterion.values()[best.down], bd(at[1]), bd(now[1]), quadrant));
    }

    private record Corner(int up, int down, double x, double y, double distance) {
    }

    private static Corner corner(double[][] raw, double[] w, int j, int up, int down) {
        double[] now = shares(w, up, w[up], down, w[down]);
        Corner best = null;
        for (int step = 1; step <= STEPS; step++) {
            double y = w[down] * (STEPS - step) / STEPS;
            if (!leads(raw, w, j, up, MAX_WEIGHT, down, y)) {
                continue;
            }
            double lo = w[up];
            double hi = MAX_WEIGHT;
            if (leads(raw, w, j, up, lo, down, y)) {
                hi = lo;
            } else {
                for (int k = 0; k < HALVINGS; k++) {
                    double mid = (lo + hi) / 2;
                    if (leads(raw, w, j, up, mid, down, y)) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
            }
            double[] at = shares(w, up, hi, down, y);
            double distance = Math.abs(at[0] - now[0]) + Math.abs(at[1] - now[1]);
            if (best == null || distance < best.distance) {
                best = new Corner(up, down, hi, y, distance);
            }
        }
        return best;
    }

    /** Leads at every grid point of the quadrant beyond the corner (up raised further, down lowered further). */
    private static boolean quadrantHolds(double[][] raw, double[] w, int j, Corner c) {
        for (int a = 0; a <= GRID; a++) {
            for (int b = 0; b <= GRID; b++) {
                double x = c.x + (MAX_WEIGHT - c.x) * a / GRID;
                double y = c.y * b / GRID;
                if (!leads(raw, w, j, c.up, x, c.down, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when offer j's total, as the Ranking screen shows it, is strictly above every other's with weight
     * up = x and down = y. The shown total is the sum of each criterion's points rounded to 2 decimals (see
     * {@code WeightedTotal}), which can differ from the unrounded total by a few hundredths: a corner found on
     * unrounded totals could be one where the screen still shows the offer second.
     */
    static boolean leads(double[][] raw, double[] w, int j, int up, double x, int down, double y) {
        double[] v = w.clone();
        v[up] = x;
        v[down] = y;
        double mine = shownTotal(raw[j], v);
        for (int k = 0; k < raw.length; k++) {
            if (k != j && shownTotal(raw[k], v) >= mine) {
                return false;
            }
        }
        return true;
    }

    /** The main score's total: answered criteria only, weights renormalised, each criterion's points rounded half up to cents. */
    static double shownTotal(double[] raw, double[] w) {
        double answered = 0;
        for (int c = 0; c < raw.length; c++) {
            if (!Double.isNaN(raw[c])) {
                answered += w[c];
            }
        }
        if (answered <= 0) {
            return 0;
        }
        long cents = 0;
        for (int c = 0; c < raw.length; c++) {
            if (!Double.isNaN(raw[c])) {
                cents += Math.round(raw[c] * w[c] / answered * 100);
            }
        }
        return cents / 100.0;
    }

    private static double[] shares(double[] w, int up, double x, int down, double y) {
        double total = 0;
        for (int c = 0; c < w.length; c++) {
            total += c == up ? x : c == down ? y : w[c];
        }
        return new double[] {x / total, y / total};
    }

    private static BigDecimal bd(double v) {
        return new BigDecimal(v, MathContext.DECIMAL64);
    }
}
