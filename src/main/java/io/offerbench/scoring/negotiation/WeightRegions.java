package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which single weight changes would make each other offer lead, solved exactly rather than searched.
 *
 * <p>With every weight but c fixed, an offer's weighted sum is linear in c's weight x, so "offer j
 * beats offer k" is a half-line in x and "j leads" is the intersection over k: one interval of
 * 0..100, found from the raw scores in a few multiplications per pair. It is reported as shares of the
 * total weight (x over the other weights plus x). Totals on screen round each criterion's points to
 * 2 decimals; the regions use the unrounded sums, so a region's edge may differ from the screen by a
 * rounding step.
 */
public final class WeightRegions {

    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

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
                region(scores, j, c, ranking.weights()).ifPresent(regions::add);
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

    static java.util.Optional<WeightRegion> region(List<OfferScore> scores, int j, Criterion c, WeightProfile w) {
        BigDecimal rj = scores.get(j).component(c).rawScore();
        BigDecimal aj = othersSum(scores.get(j), c, w);
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = MAX_WEIGHT;
        boolean loOpen = false;
        boolean hiOpen = false;
        for (int k = 0; k < scores.size(); k++) {
            if (k == j) {
                continue;
            }
            BigDecimal a = rj.subtract(scores.get(k).component(c).rawScore());
            BigDecimal b = othersSum(scores.get(k), c, w).subtract(aj);
            // j ahead of k  <=>  a x > b
            if (a.signum() == 0) {
                if (b.signum() >= 0) {
                    return java.util.Optional.empty();
                }
            } else if (a.signum() > 0) {
                BigDecimal t = b.divide(a, MC);
                if (t.compareTo(lo) >= 0) {
                    lo = t;
                    loOpen = true;
                }
            } else {
                BigDecimal t = b.divide(a, MC);
                if (t.compareTo(hi) <= 0) {
                    hi = t;
                    hiOpen = true;
                }
            }
        }
        if (lo.compareTo(hi) > 0 || (lo.compareTo(hi) == 0 && (loOpen || hiOpen))) {
            return java.util.Optional.empty();
        }
        BigDecimal others = WeightRegions.othersWeight(w, c);
        if (others.signum() == 0 && lo.signum() == 0 && !loOpen) {
            loOpen = true; // all weights zero is not a weighting
        }
        BigDecimal current = share(w.weight(c), others);
        return java.util.Optional.of(new WeightRegion(scores.get(j).offer(), c, lo.signum() == 0 && !loOpen ? null : share(lo, others),
                hi.compareTo(MAX_WEIGHT) == 0 && !hiOpen ? null : share(hi, others), current));
    }

    private static BigDecimal othersSum(OfferScore s, Criterion c, WeightProfile w) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion d : Criterion.values()) {
            if (d != c) {
                sum = sum.add(s.component(d).rawScore().multiply(w.weight(d)));
            }
        }
        return sum;
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
