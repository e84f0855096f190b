package io.offerbench.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.scoring.Ranking;
import io.offerbench.store.BackupInfo;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.tasks.SameThreadTasks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File ▸ Restore from backup… at view-model level (same-thread tasks, no window): after a restore the
 * ranking the window shows is made with the backup's rates at once, without any screen asking (issue 17:
 * it used to keep the old benchmarks and rates until the user switched tabs).
 */
class RestoreFromBackupTest {

    @TempDir
    Path dir;

    private Database db;
    private Workspace workspace;
    private ScoringModel scoring;

    @BeforeEach
    void open() throws Exception {
        SampleDatabase.create(dir.resolve("offers.db"));
        db = Database.open(dir.resolve("offers.db"), Clock.systemDefaultZone());
        workspace = new Workspace(db, new BackgroundWork(new SameThreadTasks(), e -> {
            throw new AssertionError(e);
        }), Clock.systemDefaultZone());
        workspace.offers().setAll(db.offers().findAll());
        scoring = workspace.scoring();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theRankingUsesTheRestoredRatesWithoutSwitchingTabs() {
        Ranking withTheDocumentsRate = scoring.rankingProperty().get();
        assertThat(withTheDocumentsRate).isEqualTo(ScoringInputs.load(db).rank(scoring.weightsProperty().get()));
        BackupInfo backup = db.backups().backupNow();
        db.rates().save(new ExchangeRate(CurrencyCode.CNY, new BigDecimal("3.58"), LocalDate.of(2026, 12, 1),
                "test: half the documents' rate"));
        workspace.scoringInputsChanged();
        Ranking withHalfTheRate = scoring.rankingProperty().get();
        assertThat(withHalfTheRate).as("the rate matters to the ranking").isNotEqualTo(withTheDocumentsRate);
        AtomicInteger screensBroughtBack = new AtomicInteger();

        new RestoreFromBackup(null, workspace, Runnable::run, screensBroughtBack::incrementAndGet)
                .restore(new BackupRow(backup, Optional.empty()));

        assertThat(screensBroughtBack).hasValue(1);
        assertThat(db.rates().findAll()).as("the backup's rates are back in the database")
                .noneMatch(r -> r.perUsd().compareTo(new BigDecimal("3.58")) == 0);
        Ranking shown = scoring.rankingProperty().get();
        assertThat(shown).as("ranked with the restored rates, no tab switched").isEqualTo(withTheDocumentsRate);
        assertThat(shown).isEqualTo(ScoringInputs.load(db).rank(scoring.weightsProperty().get()));
        assertThat(scoring.contextProperty().get()).isEqualTo(ScoringInputs.load(db).context());
    }
}
