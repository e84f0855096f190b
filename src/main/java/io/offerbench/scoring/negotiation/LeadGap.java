package io.offerbench.scoring.negotiation;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the leader gains its lead over an offer: the criteria on which the leader's points (as the
 * breakdown shows them, each offer's weights renormalised over its own answers) exceed the offer's,
 * largest first. When these are not pay, no realistic raise closes the gap, and the screen says so
 * rather than leaving a huge counter-offer target to read as advice.
 *
 * @param leader the offer ranked first
 * @param parts  at most {@value #MAX_PARTS} criteria where the leader is ahead, largest gap first
 */
public record LeadGap(Offer leader, BigDecimal total, List<Part> parts) {

    static final int MAX_PARTS = 3;

    public LeadGap {
        parts = List.copyOf(parts);
    }

    /** One criterion's gap in points of the total. */
    public record Part(Criterion criterion, BigDecimal points) {
    }

    /** Empty for the leader itself (or an offer tied with it) and when there is nothing to compare. */
    public static Optional<LeadGap> of(OfferScore self, Ranking ranking) {
        List<OfferScore> scores = ranking.scores();
        if (scores.size() < 2 || !scores.contains(self)) {
            return Optional.empty();
        }
        OfferScore leader = scores.get(0);
        BigDecimal total = leader.total().subtract(self.total());
        if (leader == self || total.signum() <= 0) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            BigDecimal d = leader.component(c).points().subtract(self.component(c).points());
            if (d.signum() > 0) {
                parts.add(new Part(c, d));
            }
        }
        parts.sort(Comparator.comparing(Part::points).reversed().thenComparing(Part::criterion));
        return Optional.of(new LeadGap(leader.offer(), total, parts.subList(0, Math.min(MAX_PARTS, parts.size()))));
    }

    /** True when pay is not among the criteria the leader is ahead on: the gap is not about money. */
    public boolean notAboutPay() {
        return parts.stream().noneMatch(p -> p.criterion() == Criterion.PAY);
    }
}
