package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.session.SessionFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking screen's state without a window, on the same-thread tasks (rankings are computed at once). */
class RankingViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture session;
    private ScoringModel scoring;
    private RankingViewModel model;

    @BeforeEach
    void open() throws Exception {
        SampleDatabase.create(dir.resolve("offers.db"));
        session = new SessionFixture(dir);
        session.workspace().offers().setAll(session.database().offers().findAll());
        scoring = session.workspace().scoring();
        model = new RankingViewModel(scoring);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theTableListsEveryOfferInRankOrder() {
        Ranking shown = scoring.rankingProperty().get();
        assertThat(shown).isNotNull();
        assertThat(model.rows()).hasSize(session.workspace().offers().size());
        assertThat(model.rows()).extracting(r -> r.score().rank()).isSorted();
        assertThat(model.rows().get(0).score().offer()).isEqualTo(shown.scores().get(0).offer());
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.secondRank()).isNull());
        assertThat(model.selectedProperty().get()).as("the top offer is selected at first").isEqualTo(shown.scores().get(0));
        assertThat(session.failures()).isEmpty();
    }

    @Test
    void aSecondProfileShowsEachOffersRankUnderItBesideTheFirst() {
        scoring.secondWeightsProperty().set(WeightPresets.researchFirst());
        Ranking second = scoring.secondRankingProperty().get();
        assertThat(second).isNotNull();
        for (RankingRow row : model.rows()) {
            Integer expected = second.scores().stream().filter(s -> s.offer().id() == row.score().offer().id())
                    .findFirst().orElseThrow().rank();
            assertThat(row.secondRank()).as(row.score().offer().company()).isEqualTo(expected);
        }
    }

    @Test
    void theSelectedOfferStaysSelectedWhenTheRankingChanges() {
        RankingRow last = model.rows().get(model.rows().size() - 1);
        model.select(last);
        Offer chosen = last.score().offer();
        scoring.weightsProperty().set(WeightPresets.researchFirst()); // a new ranking, rows rebuilt
        assertThat(model.selectedProperty().get().offer().id()).isEqualTo(chosen.id());
        assertThat(scoring.rankingProperty().get().weights()).isEqualTo(WeightPresets.researchFirst());
        assertThat(scoring.rankingProperty().get().scores()).as("the score shown is the new ranking's")
                .contains(model.selectedProperty().get());
    }

    @Test
    void oneOfferLeftAloneHasNoCloseCallAndNoSensitivitySentence() {
        List<Offer> all = List.copyOf(session.workspace().offers());
        session.workspace().offers().setAll(all.get(0));
        assertThat(model.rows()).hasSize(1);
        assertThat(model.closeCallProperty().get()).isEmpty();
        assertThat(model.sensitivityProperty().get()).isEmpty();
    }
}
