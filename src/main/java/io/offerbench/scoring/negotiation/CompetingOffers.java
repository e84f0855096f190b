package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.PayProjection;
import io.offerbench.scoring.PayProjector;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Negotiation hints from the student's own other offers: for each pay figure, the other offer that
 * pays the most on it, when that is more than this offer pays. Gross pay (no tax or cost-of-living
 * estimate: a recruiter compares offers as written), converted to the home currency. Industry offers
 * are compared with industry offers and academic with academic: a department does not match a lab's
 * salary, and asking it to would not help.
 */
public final class CompetingOffers {

    private CompetingOffers() {
    }

    public static List<CompetingOffer> forOffer(OfferScore self, Ranking ranking, ScoringContext ctx) {
        Offer offer = self.offer();
        PayProjection mine = PayProjector.projectNominal(offer, ctx);
        List<CompetingOffer> out = new ArrayList<>();
        for (CompetingOffer.Figure figure : CompetingOffer.Figure.values()) {
            CompetingOffer best = null;
            for (OfferScore other : ranking.scores()) {
                if (other == self || other.offer().isAcademic() != offer.isAcademic()) {
                    continue;
                }
                PayProjection theirs = PayProjector.projectNominal(other.offer(), ctx);
                Money t = value(theirs, figure);
                Money y = value(mine, figure);
                if (t.compareTo(y) > 0 && (best == null || t.compareTo(best.theirs()) > 0)) {
                    best = new CompetingOffer(offer, other.offer(), figure, t, y);
                }
            }
            if (best != null) {
                out.add(best);
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
