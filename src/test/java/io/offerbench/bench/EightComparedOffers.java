package io.offerbench.bench;

import io.offerbench.app.ScoringInputs;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The most the Compare tab charts at once: eight offers (the five samples and three variants) from
 * a real database, scored under the active profile and listed in offer order, as CompareViewModel
 * hands them to the charts.
 */
public final class EightComparedOffers {

    public static final int COUNT = 8;

    private EightComparedOffers() {
    }

    public static ComparedOffers load(Path dir) throws Exception {
        try (Database db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), COUNT), Clock.systemDefaultZone())) {
            ScoringInputs inputs = ScoringInputs.load(db);
            Ranking ranking = inputs.rank(inputs.activeProfile());
            List<OfferScore> inOfferOrder = new ArrayList<>();
            for (Offer o : inputs.offers()) {
                inOfferOrder.add(ranking.scores().stream().filter(s -> s.offer().id() == o.id()).findFirst().orElseThrow());
            }
            return new ComparedOffers(inOfferOrder, inputs.context().homeCurrency(), ranking.weights().name());
        }
    }
}
