package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which single weight changes would make each other offer lead, solved exactly rather than searched,
 * with the main score's rule for blanks: a criterion left blank is left out and the weights
 * renormalised over the answered ones for that offer.
 *
 * <p>With every weight but c's fixed at its value and c's weight x, offer i's total is
 * (A_i + R_i x) / (W_i + E_i x): A_i and W_i sum its answered other criteria's raw score × weight and
 * weight, R_i is its raw score on c and E_i is 1 when it answered c (both 0 when it left c blank, so its
 * total does not move with x). Clearing the positive denominators, "offer j beats offer k" is
 * q(x) = N_j D_k − N_k D_j &gt; 0, a quadratic in x with exact coefficients. Its roots in 0..100 (to
 * 40 significant digits) split the slider into pieces on which every q keeps its sign; the sign is
 * tested exactly in the middle of each piece. The pieces where j beats every other offer are the
 * regions: usually one, but with blanks two offers' totals can cross twice, so a criterion can have two
 * regions. Reported as shares of the total weight (x over the other weights plus x). Totals on screen
 * round each criterion's points to 2 decimals; the regions use the unrounded totals, so an edge may
 * differ from the screen by that rounding (at most 0.07 points in each offer's total).
 */
public final class WeightRegions {

    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);
    /** Exact products are kept; roots and shares are carried to this precision. */
    private static final MathContext MC = new MathContext(40);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private WeightRegions() {
    }

    /** For each offer that does not lead outright (rank order), its regions, nearest first; offers with none are left out. */
    public static List<Regions> of(Ranking ranking) {
        List<OfferScore> scores = ranking.scores();
        List<Regions> out = new ArrayList<>();
        for (int j = 0; j < scores.size(); j++) {
            OfferScore s = scores.get(j);
            boolean tiedForFirst = j > 0 && s.total().compareTo(scores.get(0).total()) == 0;
            if (j == 0 && (scores.size() < 2 || s.total().compareTo(scores.get(1).total()) > 0)) {
                continue;
            }
            List<WeightRegion> regions = new ArrayList<>();
            for (Criterion c : Criterion.values()) {
                regions.addAll(regions(scores, j, c, ranking.weights()));
            }
            regions.sort(Comparator.comparing(WeightRegion::distance));
            // No single weight is enough: the nearest change of two weights together, if one is.
            WeightPair pair = regions.isEmpty() && !tiedForFirst && j > 0 ? WeightPairs.nearest(ranking, j).orElse(null) : null;
            if (!regions.isEmpty() || tiedForFirst || j == 0 || pair != null) {
                out.add(new Regions(s.offer(), j == 0 || tiedForFirst, scores.get(0).offer(), regions, pair));
            }
        }
        return out;
    }

    /**
     * @param tiedForFirst true when its total equals the leader's: it is a tie, not a lead either way
     * @param leader       the offer listed first now
     * @param pair         when no single weight puts it first, the nearest change of two weights that does, or null
     */
    public record Regions(Offer offer, boolean tiedForFirst, Offer leader, List<WeightRegion> regions, WeightPair pair) {
        public Regions {
            regions = List.copyOf(regions);
        }

        public Regions(Offer offer, boolean tiedForFirst, Offer leader, List<WeightRegion> regions) {
            this(offer, tiedForFirst, leader, regions, null);
        }
    }

    /** One offer's total as a function of c's weight x: (a + r x) / (w + e x). */
    private record Line(BigDecimal a, BigDecimal r, BigDecimal w, BigDecimal e) {

        static Line of(OfferScore s, Criterion c, WeightProfile weights) {
            BigDecimal a = BigDecimal.ZERO;
            BigDecimal w = BigDecimal.ZERO;
            for (Criterion d : Criterion.values()) {
                ScoreComponent sc = s.component(d);
                if (d != c && sc.entered()) {
                    a = a.add(sc.rawScore().multiply(weights.weight(d)));
                    w = w.add(weights.weight(d));
                }
            }
            boolean answered = s.component(c).entered();
            BigDecimal r = answered ? s.component(c).rawScore() : BigDecimal.ZERO;
            BigDecimal e = answered ? BigDecimal.ONE : BigDecimal.ZERO;
            if (w.signum() == 0) {
                // No answered weight but c's: the main score gives 0 with nothing answered, else c's raw score.
                return new Line(answered ? r : BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO);
            }
            return new Line(a, r, w, e);
        }

        BigDecimal numerator(BigDecimal x) {
            return a.add(r.multiply(x));
        }

        BigDecimal denominator(BigDecimal x) {
            return w.add(e.multiply(x));
        }
    }

    /**
     * The ranges of c's weight (0..100, the others as they are) over which offer j's total is strictly
     * above every other offer's, in slider order; empty when there is none.
     */
    static List<WeightRegion> regions(List<OfferScore> scores, int j, Criterion c, WeightProfile weights) {
        int n = scores.size();
        List<Line> lines = new ArrayList<>(n);
        for (OfferScore s : scores) {
            lines.add(Line.of(s, c, weights));
        }
        List<BigDecimal> cuts = new ArrayList<>(List.of(BigDecimal.ZERO, MAX_WEIGHT));
        for (int k = 0; k < n; k++) {
            if (k != j) {
                for (BigDecimal root : roots(lines.get(j), lines.get(k))) {
                    if (root.signum() > 0 && root.compareTo(MAX_WEIGHT) < 0) {
                        cuts.add(root);
                    }
                }
            }
        }
        cuts.sort(Comparator.naturalOrder());
        BigDecimal others = othersWeight(weights, c);
        BigDecimal current = share(weights.weight(c), others);
        List<WeightRegion> out = new ArrayList<>();
        BigDecimal start = null;
        boolean startClosed = false;
        for (int i = 0; i + 1 < cuts.size(); i++) {
            BigDecimal lo = cuts.get(i);
            BigDecimal hi = cuts.get(i + 1);
            if (lo.compareTo(hi) == 0) {
                continue;
            }
            boolean leads = leads(lines, j, lo.add(hi).divide(TWO, MC));
            if (leads && start == null) {
                start = lo;
                // A region that starts at 0 includes 0 only if j leads there (and 0 is a weighting at all).
                startClosed = lo.signum() == 0 && others.signum() > 0 && leadsAtZero(scores, j, c, weights);
            } else if (!leads && start != null) {
                out.add(region(scores.get(j).offer(), c, start, startClosed, lo, false, others, current));
                start = null;
            }
        }
        if (start != null) {
            boolean endClosed = leads(lines, j, MAX_WEIGHT);
            out.add(region(scores.get(j).offer(), c, start, startClosed, MAX_WEIGHT, endClosed, others, current));
        }
        return out;
    }

    private static WeightRegion region(Offer offer, Criterion c, BigDecimal lo, boolean loClosed, BigDecimal hi, boolean hiClosed,
            BigDecimal others, BigDecimal current) {
        BigDecimal from = lo.signum() == 0 && loClosed ? null : share(lo, others);
        BigDecimal to = hi.compareTo(MAX_WEIGHT) == 0 && hiClosed ? null : share(hi, others);
        return new WeightRegion(offer, c, from, to, current);
    }

    /** j strictly above every other offer at weight x (x &gt; 0, or 0 when no line's denominator vanishes there). */
    private static boolean leads(List<Line> lines, int j, BigDecimal x) {
        Line mine = lines.get(j);
        BigDecimal nj = mine.numerator(x);
        BigDecimal dj = mine.denominator(x);
        for (int k = 0; k < lines.size(); k++) {
            if (k != j) {
                Line other = lines.get(k);
                if (nj.multiply(other.denominator(x)).compareTo(other.numerator(x).multiply(dj)) <= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * At weight 0 for c the main score renormalises over the other answered weights; an offer whose
     * other answered criteria all weigh 0 has nothing answered there and totals 0.
     */
    private static boolean leadsAtZero(List<OfferScore> scores, int j, Criterion c, WeightProfile weights) {
        List<Line> lines = new ArrayList<>(scores.size());
        for (OfferScore s : scores) {
            lines.add(othersAnswered(s, c, weights).signum() == 0 ? new Line(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO)
                    : Line.of(s, c, weights));
        }
        return leads(lines, j, BigDecimal.ZERO);
    }

    private static BigDecimal othersAnswered(OfferScore s, Criterion c, WeightProfile weights) {
        BigDecimal w = BigDecimal.ZERO;
        for (Criterion d : Criterion.values()) {
            if (d != c && s.component(d).entered()) {
                w = w.add(weights.weight(d));
            }
        }
        return w;
    }

    /** Real roots of q(x) = N_j D_k − N_k D_j; none when q is identically 0 or never crosses. */
    static List<BigDecimal> roots(Line j, Line k) {
        BigDecimal qa = j.r().multiply(k.e()).subtract(k.r().multiply(j.e()));
        BigDecimal qb = j.a().multiply(k.e()).add(j.r().multiply(k.w())).subtract(k.a().multiply(j.e())).subtract(k.r().multiply(j.w()));
        BigDecimal qc = j.a().multiply(k.w()).subtract(k.a().multiply(j.w()));
        if (qa.signum() == 0) {
            return qb.signum() == 0 ? List.of() : List.of(qc.negate().divide(qb, MC));
        }
        BigDecimal disc = qb.multiply(qb).subtract(FOUR.multiply(qa).multiply(qc));
        if (disc.signum() < 0) {
            return List.of();
        }
        BigDecimal s = disc.sqrt(MC);
        // The stable form: q = -(b + sign(b) sqrt(disc)) / 2, roots q / a and c / q.
        BigDecimal q = (qb.signum() >= 0 ? qb.add(s) : qb.subtract(s)).negate().divide(TWO, MC);
        if (q.signum() == 0) {
            return List.of(BigDecimal.ZERO);
        }
        return List.of(q.divide(qa, MC), qc.divide(q, MC));
    }

    private static BigDecimal othersWeight(WeightProfile w, Criterion c) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion d : Criterion.values()) {
            if (d != c) {
                sum = sum.add(w.weight(d));
            }
        }
        return sum;
    }

    private static BigDecimal share(BigDecimal x, BigDecimal others) {
        BigDecimal total = others.add(x);
        return total.signum() == 0 ? BigDecimal.ZERO : x.divide(total, MC);
    }

}
