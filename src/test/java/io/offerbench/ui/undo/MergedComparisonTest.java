package io.offerbench.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.exchange.Comparison;
import io.offerbench.exchange.ComparisonImporter;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.exchange.MergeEffect;
import io.offerbench.ui.session.SessionFixture;
import io.offerbench.ui.session.UndoHistory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit > Undo after merging a comparison file takes the merge back; Redo merges it again. Without a window. */
class MergedComparisonTest {

    @TempDir
    Path dir;

    @Test
    void undoTakesTheMergedOffersAndProfilesOutAndRedoBringsThemBack() throws Exception {
        Comparison sample = ExchangeFiles.load(Path.of("assets/sample/sample-comparison.offerbench.json")).comparison();
        try (SessionFixture session = new SessionFixture(dir)) {
            var db = session.database();
            int profilesBefore = db.profiles().findAll().size();
            MergeEffect.Tracked<?> merged = MergeEffect.track(db,
                    () -> ComparisonImporter.merge(db, sample, ComparisonImporter.OfferMerge.BY_IDENTITY));
            UndoHistory history = session.workspace().history();
            history.record(new MergedComparison(session.workspace(), "sample.offerbench.json", sample,
                    ComparisonImporter.OfferMerge.BY_IDENTITY, merged.effect()));
            session.workspace().reloadOffers(() -> { });
            assertThat(session.workspace().offers()).hasSize(sample.offers().size());
            assertThat(history.undoDescriptionProperty().get()).isEqualTo("the merge of sample.offerbench.json");

            history.undo();
            assertThat(session.workspace().offers()).as("the window's list").isEmpty();
            assertThat(db.offers().findAll()).as("the file").isEmpty();
            assertThat(db.profiles().findAll()).hasSize(profilesBefore);
            assertThat(session.workspace().status().get()).startsWith("Took back the merge of sample.offerbench.json");

            history.redo();
            assertThat(db.offers().findAll()).extracting(Offer::company)
                    .containsExactlyInAnyOrderElementsOf(sample.offers().stream().map(s -> s.offer().company()).toList());
            assertThat(session.workspace().offers()).hasSize(sample.offers().size());
            history.undo();
            assertThat(db.offers().findAll()).as("undone again after the redo").isEmpty();
            assertThat(session.failures()).isEmpty();
        }
    }
}
