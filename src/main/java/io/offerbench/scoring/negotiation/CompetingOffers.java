package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.PayProjection;
import io.offerbench.scoring.PayProjector;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Negotiation hints from the student's own other offers: for each pay figure, the other offer that
 * pays the most on it, when that is more than this offer pays. Gross pay (no tax or cost-of-living
 * estimate: a recruiter compares offers as written), converted to the home currency. Industry offers
 * are compared with industry offers and academic with academic: a department does not match a lab's
 * salary, and asking it to would not help.
 */
public final class CompetingOffers {

    /** Per kind of offer (academic or not) and figure, the two offers that pay the most on it, first in rank order on a tie. */
    private final Map<Boolean, Map<CompetingOffer.Figure, Leaders>> leaders = new HashMap<>();
    private final Map<OfferScore, PayProjection> nominal = new IdentityHashMap<>();

    /** The highest and second-highest payer of one figure; on equal pay the one ranked higher comes first. */
    private static final class Leaders {
        OfferScore first;
        Money firstValue;
        OfferScore second;
        Money secondValue;

        void offer(OfferScore s, Money value) {
            if (first == null || value.compareTo(firstValue) > 0) {
                second = first;
                secondValue = firstValue;
                first = s;
                firstValue = value;
            } else if (second == null || value.compareTo(secondValue) > 0) {
                second = s;
                secondValue = value;
            }
        }
    }

    private final ScoringContext ctx;

    private CompetingOffers(Ranking ranking, ScoringContext ctx) {
        this.ctx = ctx;
        for (OfferScore s : ranking.scores()) {
            PayProjection p = PayProjector.projectNominal(s.offer(), ctx);
            nominal.put(s, p);
            Map<CompetingOffer.Figure, Leaders> byFigure = leaders.computeIfAbsent(s.offer().isAcademic(),
                    k -> new EnumMap<>(CompetingOffer.Figure.class));
            for (CompetingOffer.Figure figure : CompetingOffer.Figure.values()) {
                byFigure.computeIfAbsent(figure, f -> new Leaders()).offer(s, value(p, figure));
            }
        }
    }

    /**
     * Every offer's nominal pay projected once, for {@link #of(OfferScore)} on any offer of the ranking: finding
     * the competing offers of all n offers takes n projections, not n x n.
     */
    public static CompetingOffers in(Ranking ranking, ScoringContext ctx) {
        return new CompetingOffers(ranking, ctx);
    }

    /** As {@link #of(OfferScore)} on {@code in(ranking, ctx)}; for one offer. */
    public static List<CompetingOffer> forOffer(OfferScore self, Ranking ranking, ScoringContext ctx) {
        return in(ranking, ctx).of(self);
    }

    /**
     * For each figure, the other offer of the same kind that pays the most on it (the one ranked higher on a tie),
     * when that is more than {@code self} pays.
     */
    public List<CompetingOffer> of(OfferScore self) {
        Offer offer = self.offer();
        PayProjection known = nominal.get(self);
        PayProjection mine = known != null ? known : PayProjector.projectNominal(offer, ctx);
        Map<CompetingOffer.Figure, Leaders> byFigure = leaders.get(offer.isAcademic());
        List<CompetingOffer> out = new ArrayList<>();
        for (CompetingOffer.Figure figure : CompetingOffer.Figure.values()) {
            Leaders top = byFigure == null ? new Leaders() : byFigure.get(figure);
            // The best other offer is the leader, unless that is this offer: then the runner-up.
            OfferScore other = top.first == self ? top.second : top.first;
            Money theirs = top.first == self ? top.secondValue : top.firstValue;
            Money y = value(mine, figure);
            if (other != null && theirs.compareTo(y) > 0) {
                out.add(new CompetingOffer(offer, other.offer(), figure, theirs, y));
            }
        }
        return out;
    }

    static Money value(PayProjection p, CompetingOffer.Figure figure) {
        return switch (figure) {
            case YEAR1_TOTAL -> p.year1Total();
            case BASE_SALARY -> p.year1Base();
            case SIGN_ON_BONUS -> p.signOnTotal();
        };
    }
}
