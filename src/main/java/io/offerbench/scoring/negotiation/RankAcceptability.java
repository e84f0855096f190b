package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Offer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How often each offer took each rank over the sampled weightings and equity outcomes: a table of
 * probabilities whose every row (an offer over ranks 1..n) and every column (a rank over the offers)
 * sums to exactly 1, since each sample gives each offer one rank and each rank to one offer.
 *
 * @param offers    in on-screen rank order
 * @param counts    counts[offer][rank - 1]
 * @param samples   how many weightings were drawn
 * @param certainty how widely the weights varied
 */
public record RankAcceptability(List<Offer> offers, int[][] counts, int samples, WeightCertainty certainty) {

    public RankAcceptability {
        offers = List.copyOf(offers);
    }

    /** The probability that offer {@code i} (on-screen order) ranks {@code rank} (1-based), exact as a decimal. */
    public BigDecimal probability(int i, int rank) {
        return BigDecimal.valueOf(counts[i][rank - 1]).divide(BigDecimal.valueOf(samples));
    }

    /** Offer {@code i}'s probabilities of ranks 1..n. */
    public List<BigDecimal> row(int i) {
        List<BigDecimal> out = new ArrayList<>();
        for (int r = 1; r <= offers.size(); r++) {
            out.add(probability(i, r));
        }
        return out;
    }

    public BigDecimal leads(int i) {
        return probability(i, 1);
    }

    public int size() {
        return offers.size();
    }
}
