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
import io.offerbench.ui.tasks.FxTasks;
import io.offerbench.ui.tasks.Lane;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Everything the first screen shows, read and ranked on the background lanes while JavaFX starts and the window
 * is built (on two cores the two run side by side): the database opened without the start-up backup (the window
 * takes it once it is up), the bundled dataset installed, every scoring input and the offers read in one
 * transaction, then every offer scored and ranked under the active profile.
 */
final class StartupLoad {

    /** An open database, the language its window preferences ask for, and its first ranking. */
    record Loaded(Database db, Language language, ScoringInputs inputs, ScoredOffers scored, Ranking ranking) {
    }

    private StartupLoad() {
    }

    static CompletableFuture<Loaded> start(FxTasks tasks, Path file, Clock clock) {
        return tasks.submit(Lane.DATABASE, () -> read(file, clock)).thenCompose(read -> tasks.submit(Lane.COMPUTE, () -> ranked(read)));
    }

    private static Loaded read(Path file, Clock clock) throws Exception {
        StartupTrace.mark("db.open");
        Database db = Database.openWithoutStartupBackup(file, clock);
        try {
            DatasetInstaller.install(db);
            Language language = LanguageChoice.fromSetting(db.settings().get(LanguageChoice.SETTING)).language();
            ScoringInputs inputs = ScoringInputs.load(db);
            StartupTrace.mark("db.read");
            return new Loaded(db, language, inputs, null, null);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Ranked as the window would rank them; if that fails, the window ranks them itself and says why. */
    private static Loaded ranked(Loaded read) {
        try {
            ScoredOffers scored = OfferScorer.scoreAll(read.inputs().offers(), read.inputs().context());
            Ranking ranking = OfferScorer.rank(scored, read.inputs().activeProfile());
            StartupTrace.mark("ranked");
            return new Loaded(read.db(), read.language(), read.inputs(), scored, ranking);
        } catch (RuntimeException e) {
            return read;
        }
    }
}
