package io.offerbench.ui.main;

import io.offerbench.app.ScoringInputs;
import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoredOffers;
import io.offerbench.store.Database;
import io.offerbench.text.Language;
import io.offerbench.text.LanguageChoice;
import io.offerbench.ui.common.StartupTrace;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.tasks.FxTasks;
import io.offerbench.ui.tasks.Lane;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Everything the first screen shows, read and ranked on the background lanes while JavaFX starts and the window
 * is built (on two cores the two run side by side): the database opened without the start-up backup (the window
 * takes it once it is up), the bundled dataset installed, every scoring input and the offers read in one
 * transaction, then every offer scored and ranked under the active profile. The load is done when the offers are
 * read: the window builds its screens with them while the ranking is still computed ({@link Loaded#ranked}).
 */
final class StartupLoad {

    /** An open database, the language its window preferences ask for, its offers and inputs, and its first ranking to come. */
    record Loaded(Database db, Language language, ScoringInputs inputs, CompletableFuture<ScoringModel.StartRanking> ranked) {
    }

    private StartupLoad() {
    }

    static CompletableFuture<Loaded> start(FxTasks tasks, Path file, Clock clock) {
        return tasks.submit(Lane.DATABASE, () -> read(file, clock)).thenApply(read -> new Loaded(read.db(), read.language(),
                read.inputs(), tasks.submit(Lane.COMPUTE, () -> ranked(read.inputs()))));
    }

    private static Loaded read(Path file, Clock clock) throws Exception {
        StartupTrace.mark("db.open");
        Database db = Database.openWithoutStartupBackup(file, clock);
        try {
            DatasetInstaller.install(db);
            Language language = LanguageChoice.fromSetting(db.settings().get(LanguageChoice.SETTING)).language();
            ScoringInputs inputs = ScoringInputs.load(db);
            StartupTrace.mark("db.read");
            return new Loaded(db, language, inputs, null);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Ranked as the window would rank them; if that fails, the window ranks them itself and says why. */
    private static ScoringModel.StartRanking ranked(ScoringInputs inputs) {
        ScoredOffers scored = OfferScorer.scoreAll(inputs.offers(), inputs.context());
        Ranking ranking = OfferScorer.rank(scored, inputs.activeProfile());
        StartupTrace.mark("ranked");
        return new ScoringModel.StartRanking(scored, ranking);
    }
}
