package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The part of an offer's score that no weight changes: its pay projection, each criterion's raw
 * score, its market positions and negotiation hints. Computed once per offer and context
 * ({@link OfferScorer#scoreAll}); a ranking under any profile only weighs these
 * ({@link OfferScorer#rank(ScoredOffers, io.offerbench.domain.WeightProfile)}).
 *
 * @param pay      the projection used for scoring (with estimates applied when switched on)
 * @param criteria each criterion's raw 0-100 score, in {@link Criterion} order
*/
public record ScoredOffer(Offer offer, PayProjection pay, Map<Criterion, CriterionScore> criteria,
        List<MarketPosition> marketPositions, List<NegotiationHint> hints) {

    public ScoredOffer {
        criteria = new EnumMap<>(criteria);
        marketPositions = List.copyOf(marketPositions);
        hints = List.copyOf(hints);
    }

    public CriterionScore criterion(Criterion c) {
        return criteria.get(c);
    }
}
