package io.offerbench.text;

import io.offerbench.scoring.CompletenessCaution;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import java.util.Optional;

/** The caution beside a score resting on fewer answers than an offer listed below it (Ranking screen and report). */
public final class CompletenessWords {

    private CompletenessWords() {
    }

    public static Optional<String> caution(OfferScore s, Ranking ranking) {
        return CompletenessCaution.outranked(s, ranking).map(other -> Texts.get("score.completenessCaution", s.offer().label(),
                other.offer().label(), share(s), share(other)));
    }

    private static String share(OfferScore s) {
        return MoneyFormat.percent(s.completeness().movePointRight(2));
    }
}
