package io.offerbench.review;

import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pairs two rankings of the same weights offer by offer: current rank order first, then the offers removed since. */
final class ScoreMoves {

    private ScoreMoves() {
    }

    static List<ScoreMove> between(Ranking then, Ranking now) {
        Map<Long, OfferScore> before = new LinkedHashMap<>();
        then.scores().forEach(s -> before.put(s.offer().id(), s));
        List<ScoreMove> out = new ArrayList<>();
        for (OfferScore s : now.scores()) {
            OfferScore b = before.remove(s.offer().id());
            out.add(new ScoreMove(s.offer().id(), s.offer().label(), b == null ? null : b.rank(), s.rank(),
                    b == null ? null : b.total(), s.total()));
        }
        before.values().forEach(b -> out.add(new ScoreMove(b.offer().id(), b.offer().label(), b.rank(), null, b.total(), null)));
        return out;
    }
}
