package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;


/**
 * How sure the ranking is: each offer's probability of ranking 1st, 2nd, ... when the weights vary
 * around the user's own and private equity varies over its scenarios.
 *
 * <p>The model. Each sample draws a weighting from a Dirichlet distribution centred on the user's
 * weight shares s (parameters concentration x s, from {@link WeightCertainty}); a criterion the user
 * weighs 0 stays at 0. Independently for each offer with private equity, it draws the bear, base or
 * bull scenario, each with probability 1/3 (OfferBench's assumption: the documents give no odds).
 * Offers are ranked by the weighted mean of their answered raw scores (a criterion left blank is left
 * out and the sampled weights renormalised over the rest for that offer, exactly as the main score
 * treats blanks); an exact tie goes to the offer ranked
 * higher on screen, so an offer that another beats or equals on every criterion in every scenario
 * never takes a place from it.
 *
 * <p>{@value #SAMPLES} samples from the fixed seed {@link #SEED}: the same comparison gives the same
 * figures on every computer (see {@link SeededRandom}), to within 1/{@value #SAMPLES} exactly.
 * Nothing is allocated per sample, so it can follow a weight slider.
 */
public final class RankAcceptabilityModel {

    public static final int SAMPLES = 10_000;
    public static final long SEED = 0x0FFE_5BE7_C4A1_2026L;

    private RankAcceptabilityModel() {
    }

    public static RankAcceptability compute(AcceptabilityInputs in, WeightProfile weights, WeightCertainty certainty) {
        int n = in.size();
        int criteria = Criterion.values().length;
        double[] alpha = new double[criteria];
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            sum += weights.weight(c).doubleValue();
        }
        for (Criterion c : Criterion.values()) {
            alpha[c.ordinal()] = certainty.concentration() * weights.weight(c).doubleValue() / sum;
        }
        int[][] counts = new int[n][n];
        if (n == 0) {
            return new RankAcceptability(in.offers(), counts, SAMPLES, certainty);
        }
        SeededRandom rng = new SeededRandom(SEED);
        SeededRandom.Gamma[] gammas = new SeededRandom.Gamma[criteria];
        for (int c = 0; c < criteria; c++) {
            gammas[c] = alpha[c] > 0 ? new SeededRandom.Gamma(alpha[c]) : null;
        }
        double[] w = new double[criteria];
        double[] totals = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int sample = 0; sample < SAMPLES; sample++) {
            for (int c = 0; c < criteria; c++) {
                w[c] = gammas[c] != null ? rng.nextGamma(gammas[c]) : 0;
            }
            for (int i = 0; i < n; i++) {
                double[][] scenarios = in.raw()[i];
                double[] raw = scenarios.length == 1 ? scenarios[0] : scenarios[rng.nextInt(scenarios.length)];
                totals[i] = total(raw, w);
            }
            sortByTotal(order, totals);
            for (int rank = 0; rank < n; rank++) {
                counts[order[rank]][rank]++;
            }
        }
        return new RankAcceptability(in.offers(), counts, SAMPLES, certainty);
    }

    /**
     * An offer's total under weights {@code w}: the weighted mean of its answered criteria (NaN = blank),
     * 0-100 like the main score; 0 when no weighted criterion is answered (as {@code OfferScorer} does).
     */
    static double total(double[] raw, double[] w) {
        double t = 0;
        double answered = 0;
        for (int c = 0; c < raw.length; c++) {
            if (!Double.isNaN(raw[c])) {
                t += w[c] * raw[c];
                answered += w[c];
            }
        }
        return answered > 0 ? t / answered : 0;
    }

    /**
     * Insertion sort, higher total first, ties by on-screen order. The order carries over from the
     * previous sample, which is nearly right when weights vary little, so this is close to linear.
     */
    private static void sortByTotal(int[] order, double[] totals) {
        for (int i = 1; i < order.length; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && before(x, order[j], totals)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }

    private static boolean before(int a, int b, double[] totals) {
        return totals[a] > totals[b] || (totals[a] == totals[b] && a < b);
    }

}
