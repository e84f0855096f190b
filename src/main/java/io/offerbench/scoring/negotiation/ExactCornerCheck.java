package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The check, in BigDecimal, of a corner {@link WeightPairs} is about to say for offer j and one (up, down) pair:
 * true only when j's shown total is strictly first over the whole region the words claim (see WeightPairs for
 * the region). The search in doubles only proposes corners; nothing is said that this has not accepted.
 *
 * <p>In (su, sd) every offer's numerator N_i (answered raw score × weight) and denominator D_i (answered weight)
 * are linear, so "j's unrounded total exceeds k's by more than δ" is P_k = N_j D_k − N_k D_j − δ D_j D_k &gt; 0,
 * a quadratic in (su, sd) ({@link ExactQuadratic}). δ bounds what rounding can do to the shown totals: each
 * answered criterion with weight moves an offer's total by at most half a cent (0.005) when its points are
 * rounded, so with δ = 0.005 × (j's such criteria + k's) the shown total of j is strictly above k's wherever
 * P_k &gt; 0. This is a sufficient condition: the edge it finds can sit up to that rounding band (a few
 * hundredths of a point in the totals) beyond the shown lead's edge, but it never names a corner near which the
 * screen shows the offer second, however the lead starts and stops with blanks renormalised.
 */
final class ExactCornerCheck {

    /** The most rounding can move one criterion's points: half a cent, plus DECIMAL64's last digit. */
    static final BigDecimal HALF_CENT = new BigDecimal("0.00500000001");
    /** The band checked beyond a corner said as a point: sd down to 95% of B (or B − 0.1 points of share, if lower). */
    private static final BigDecimal BAND = new BigDecimal("0.95");
    private static final BigDecimal TENTH_POINT = new BigDecimal("0.001");
    private static final BigDecimal MAX_WEIGHT = WeightRegions.MAX_WEIGHT;
    /** Rounds the slider's top upwards: a region reaching a hair past it contains the one that stops there. */
    private static final MathContext UP = new MathContext(40, RoundingMode.CEILING);

    private final BigDecimal others;
    /** Each rival's P_k. */
    private final List<ExactQuadratic> rivals;

    /** For offer {@code j} of {@code scores}, {@code up} raised and {@code down} lowered, the other weights summing to {@code others}. */
    ExactCornerCheck(List<OfferScore> scores, WeightProfile weights, int j, Criterion up, Criterion down, BigDecimal others) {
        this.others = others;
        int n = scores.size();
        ExactQuadratic.Linear[] num = new ExactQuadratic.Linear[n];
        ExactQuadratic.Linear[] den = new ExactQuadratic.Linear[n];
        int[] counted = new int[n];
        for (int i = 0; i < n; i++) {
            OfferScore score = scores.get(i);
            BigDecimal a = BigDecimal.ZERO;
            BigDecimal s = BigDecimal.ZERO;
            int m = 0;
            for (Criterion c : Criterion.values()) {
                if (c != up && c != down && score.component(c).entered() && weights.weight(c).signum() > 0) {
                    a = a.add(score.component(c).rawScore().multiply(weights.weight(c)));
                    s = s.add(weights.weight(c));
                    m++;
                }
            }
            boolean eu = score.component(up).entered();
            boolean ed = score.component(down).entered();
            BigDecimal ru = eu ? score.component(up).rawScore() : BigDecimal.ZERO;
            BigDecimal rd = ed ? score.component(down).rawScore() : BigDecimal.ZERO;
            // Up and down count whenever answered, even where down's share reaches 0 and its points are exactly 0:
            // δ is then a little wider than it need be, never narrower.
            counted[i] = m + (eu ? 1 : 0) + (ed ? 1 : 0);
            if (m == 0 && !eu && !ed) {
                // Nothing answered that weighs anything: the main score totals it 0.
                num[i] = new ExactQuadratic.Linear(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
                den[i] = new ExactQuadratic.Linear(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
                continue;
            }
            // In shares the weights are su, sd and each other weight w × (1 − su − sd) / O; times O (which leaves
            // every total as it is) they are su O, sd O and w (1 − su − sd): linear in (su, sd).
            BigDecimal eU = eu ? others : BigDecimal.ZERO;
            BigDecimal eD = ed ? others : BigDecimal.ZERO;
            num[i] = new ExactQuadratic.Linear(a, ru.multiply(others).subtract(a), rd.multiply(others).subtract(a));
            den[i] = new ExactQuadratic.Linear(s, eU.subtract(s), eD.subtract(s));
        }
        List<ExactQuadratic> p = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k != j) {
                ExactQuadratic cross = num[j].times(den[k]).minus(num[k].times(den[j]));
                BigDecimal delta = HALF_CENT.multiply(BigDecimal.valueOf(counted[j] + counted[k]));
                p.add(cross.minus(den[j].times(den[k]).times(delta)));
            }
        }
        rivals = List.copyOf(p);
    }

    /**
     * The lowest down share of the region checked below corner B: 0 for a quadrant ("at most B"), the band just
     * under B for a corner said as a point. The search in doubles asks about the same region.
     */
    static BigDecimal bandLow(BigDecimal b, boolean quadrant) {
        return quadrant ? BigDecimal.ZERO : b.multiply(BAND).min(b.subtract(TENTH_POINT)).max(BigDecimal.ZERO);
    }

    /** Every rival's P_k &gt; 0 on su &ge; a, bandLow &le; sd &le; b, su up to the top of up's slider: the region said holds on screen. */
    boolean holds(BigDecimal a, BigDecimal b, boolean quadrant) {
        BigDecimal lowD = bandLow(b, quadrant);
        BigDecimal[][] v = {{a, lowD}, {cap(lowD), lowD}, {cap(b), b}, {a, b}};
        if (v[3][0].compareTo(v[2][0]) > 0) {
            return false; // a is above the slider's top at sd = b: no region to speak of
        }
        BiPredicate<BigDecimal, BigDecimal> inside = (u, d) -> u.compareTo(a) >= 0 && d.compareTo(lowD) >= 0 && d.compareTo(b) <= 0
                && u.compareTo(cap(d)) <= 0;
        for (ExactQuadratic q : rivals) {
            if (!q.positiveOn(v, inside)) {
                return false;
            }
        }
        return true;
    }

    /** Up's share at the top of its slider (weight 100, the others as they are) with down's share sd, rounded up. */
    private BigDecimal cap(BigDecimal sd) {
        return MAX_WEIGHT.multiply(BigDecimal.ONE.subtract(sd)).divide(others.add(MAX_WEIGHT), UP);
    }
}
