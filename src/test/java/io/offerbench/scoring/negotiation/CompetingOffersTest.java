package io.offerbench.scoring.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringInputs;
import io.offerbench.bench.OfferVariants;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.PayProjection;
import io.offerbench.scoring.PayProjector;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The competing-offer hints of every offer, found from each figure's two best payers, are exactly what comparing
 * each offer with every other one gives: the best other offer of the same kind, the one ranked higher on equal pay,
 * only when it pays more. Ties are staged by listing each offer twice.
 */
class CompetingOffersTest {

    @TempDir
    Path dir;

    @Test
    void everyOffersHintsMatchAComparisonWithEveryOtherOffer() throws Exception {
        SampleDatabase.create(dir.resolve("s.db"));
        ScoringContext ctx;
        try (Database db = Database.open(dir.resolve("s.db"), Clock.systemDefaultZone())) {
            ctx = ScoringInputs.load(db).context();
        }
        List<Offer> offers = new ArrayList<>();
        long id = 1;
        for (Offer o : OfferVariants.offers(30)) {
            offers.add(o.toBuilder().id(id++).build());
            offers.add(o.toBuilder().id(id++).company(o.company() + " (copy)").build()); // the same pay: a tie
        }
        Ranking ranking = OfferScorer.rank(offers, WeightPresets.balanced(), ctx);
        CompetingOffers index = CompetingOffers.in(ranking, ctx);

        int hints = 0;
        for (OfferScore s : ranking.scores()) {
            List<CompetingOffer> expected = byComparingWithEveryOther(s, ranking, ctx);
            assertThat(index.of(s)).as(s.offer().label()).isEqualTo(expected);
            assertThat(CompetingOffers.forOffer(s, ranking, ctx)).isEqualTo(expected);
            hints += expected.size();
        }
        assertThat(hints).as("the data gives hints to check").isGreaterThan(ranking.scores().size());
    }

    /** What CompetingOffers computed before it was indexed: every other offer compared, in rank order. */
    private static List<CompetingOffer> byComparingWithEveryOther(OfferScore self, Ranking ranking, ScoringContext ctx) {
        Offer offer = self.offer();
        PayProjection mine = PayProjector.projectNominal(offer, ctx);
        List<CompetingOffer> out = new ArrayList<>();
        for (CompetingOffer.Figure figure : CompetingOffer.Figure.values()) {
            CompetingOffer best = null;
            for (OfferScore other : ranking.scores()) {
                if (other == self || other.offer().isAcademic() != offer.isAcademic()) {
                    continue;
                }
                Money t = CompetingOffers.value(PayProjector.projectNominal(other.offer(), ctx), figure);
                Money y = CompetingOffers.value(mine, figure);
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
}
