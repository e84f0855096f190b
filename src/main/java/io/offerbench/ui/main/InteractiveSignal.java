package io.offerbench.ui.main;

import io.offerbench.scoring.Ranking;
import io.offerbench.ui.session.Workspace;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * "Interactive" as a user sees it: the offers are listed and the ranking shown covers every one of
 * them. Fires once; {@code --quit-when-ready} measures start-up to this moment.
 */
final class InteractiveSignal {

    private InteractiveSignal() {
    }

    static void whenRanked(Workspace workspace, Runnable then) {
        ObservableValue<Ranking> ranking = workspace.scoring().rankingProperty();
        if (coversOffers(workspace, ranking.getValue())) {
            then.run();
            return;
        }
        ranking.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Ranking> o, Ranking was, Ranking now) {
                if (coversOffers(workspace, now)) {
                    ranking.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private static boolean coversOffers(Workspace workspace, Ranking ranking) {
        return ranking != null && ranking.scores().size() == workspace.offers().size();
    }
}
