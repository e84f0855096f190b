package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringInputs;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score panel's counter-offer sentences on the five sample offers, with work run in place of the threads. */
class NegotiationViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theSelectedRunnerUpIsToldWhatWouldMakeItLeadAndTheLeaderThatItLeads() throws Exception {
        Path file = dir.resolve("s.db");
        SampleDatabase.create(file);
        ScoringInputs inputs;
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            inputs = ScoringInputs.load(db);
        }
        Ranking ranking = inputs.rank(WeightPresets.balanced());
        List<Runnable> later = new ArrayList<>();
        NegotiationViewModel model = new NegotiationViewModel(inputs::context, Runnable::run, later::add);

        model.show(ranking.scores().get(1), ranking);
        assertThat(model.targetsProperty().get()).singleElement().asString().endsWith("\u2026");
        later.remove(0).run();
        String runnerUp = ranking.scores().get(1).offer().label();
        // Under Balanced the sample's leader is the faculty post, ahead on what the student said about the work: the
        // raise that would put the runner-up first is reported, but as not a realistic ask, with where the lead comes from.
        assertThat(model.targetsProperty().get().get(0)).startsWith("No realistic raise puts " + runnerUp + " first: it would take +")
                .contains(" base").contains("not a realistic ask");
        assertThat(model.targetsProperty().get()).anySatisfy(line -> assertThat(line)
                .startsWith(ranking.scores().get(0).offer().label() + " is ").contains("points ahead, mostly on research freedom"));

        model.show(ranking.scores().get(0), ranking);
        model.show(ranking.scores().get(1), ranking);
        later.remove(0).run(); // the leader's answer arrives after the user moved on: dropped
        assertThat(model.targetsProperty().get()).singleElement().asString().endsWith("\u2026");
        later.remove(0).run();
        assertThat(model.targetsProperty().get().get(0)).contains(runnerUp);
    }
}
