package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.Criterion;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** The ranking tab shows the same scores as the command line and rescores live when a weight moves. */
class RankingUITest extends AppUITest {


    @Test
    @SuppressWarnings("unchecked")
    void rankingMatchesTheCommandLineAndFollowsTheWeights() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        Ranking expected;
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            expected = ScoringInputs.load(database).rank(WeightPresets.balanced());
        }
        app.start(db);
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(1));
        TableView<RankingRow> table = app.node("#rankingTable", TableView.class);
        app.waitUntil(() -> table.getItems().size() == 5);
        for (int i = 0; i < 5; i++) {
            assertThat(table.getItems().get(i).score().offer().company()).isEqualTo(expected.scores().get(i).offer().company());
            assertThat(table.getItems().get(i).score().total()).isEqualByComparingTo(expected.scores().get(i).total());
        }
        Label headline = app.node("#headline", Label.class);
        assertThat(headline.getText()).contains(expected.scores().get(0).offer().company()).contains("/ 100");

        // Research freedom weighed far more puts the university first, live.
        Slider freedom = app.node("#weight-" + Criterion.RESEARCH_FREEDOM.code(), Slider.class);
        app.interact(() -> freedom.setValue(100));
        app.waitUntil(() -> table.getItems().get(0).score().offer().company().equals("State University"));
        assertThat(app.node("#weightsMessage", Label.class).getText()).contains("not saved");
        Button revert = app.node("#revertButton", Button.class);
        assertThat(revert.isDisabled()).isFalse();

        // Revert puts the profile's weights back: the original order returns and the button greys out.
        app.interact(revert::fire);
        app.waitUntil(() -> table.getItems().get(0).score().offer().company().equals(expected.scores().get(0).offer().company()));
        assertThat(freedom.getValue()).isEqualTo(WeightPresets.balanced().weight(Criterion.RESEARCH_FREEDOM).doubleValue());
        assertThat(revert.isDisabled()).isTrue();
        assertThat(app.node("#weightsMessage", Label.class).getText()).isEmpty();

        // A second profile shows each offer's rank under it, side by side.
        ComboBox<io.offerbench.domain.WeightProfile> second = app.node("#secondBox", ComboBox.class);
        app.interact(() -> second.getSelectionModel().select(WeightPresets.payFirst()));
        app.waitUntil(() -> table.getItems().get(0).secondRank() != null);
    }
}
