package io.offerbench.scoring;

import io.offerbench.domain.WeightProfile;
import java.util.List;
import java.util.Optional;

/**
 * Offers in rank order under one weight profile, with the caveats an advisor would ask about.
 *
 * @param closeCall true when the top two are within {@link #CLOSE_CALL_POINTS} points
 * @param payScale  the anchors the pay criterion was scored on
 * @param estimates which of the after-tax and cost-of-living estimates were asked for and applied to
 *                  every offer (all or nothing), and which offers lacked a figure
 * @param excluded  offers left out of the ranking (no exchange rate for their currency), with the reason
 */
public record Ranking(WeightProfile weights, List<OfferScore> scores, boolean closeCall, Sensitivity sensitivity,
        PayScale payScale, EstimateCoverage estimates, List<ExcludedOffer> excluded) {

    /**
     * Three points out of 100: less than a single 1-5 criterion step at a 12% weight (25 x 0.12),
     * so a gap this small can flip on one re-rated answer.
     */
    public static final int CLOSE_CALL_POINTS = 3;

    public Ranking {
        scores = List.copyOf(scores);
        estimates = estimates == null ? EstimateCoverage.none() : estimates;
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    public Ranking(WeightProfile weights, List<OfferScore> scores, boolean closeCall, Sensitivity sensitivity, PayScale payScale) {
        this(weights, scores, closeCall, sensitivity, payScale, EstimateCoverage.none(), List.of());
    }

    public Optional<OfferScore> leader() {
        return scores.isEmpty() ? Optional.empty() : Optional.of(scores.get(0));
    }
}
