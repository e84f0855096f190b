package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.ui.session.SessionFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 5: "Save as profile…" offered the built-in's name and overwrote "Balanced" without a word.
 * Built-ins are now read-only: never offered as the name, refused when typed, and "Reset to built-in"
 * puts their documented weights back.
 */
class BuiltInProfilesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aBuiltInIsNeverOverwrittenAndItsNameIsNotOffered() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            WeightsEditorViewModel weights = new WeightsEditorViewModel(session.workspace().scoring(), session.workspace().work(),
                    session.database().profiles(), session.workspace().history());
            assertThat(weights.chosenProperty().get().name()).isEqualTo(WeightPresets.BALANCED);
            weights.slider(Criterion.PAY).set(90);

            assertThat(weights.suggestedName()).as("the name field is not pre-filled with a built-in's name").isEmpty();
            weights.saveAs("balanced ");

            assertThat(weights.messageProperty().get()).contains("built-in profile").contains("new name");
            assertThat(session.database().profiles().findAll()).isEmpty();
            assertThat(weights.wouldReplace("Balanced")).isFalse();

            weights.saveAs("Mine");
            assertThat(session.failures()).isEmpty();
            assertThat(session.database().profiles().findAll()).extracting(WeightProfile::name).containsExactly("Mine");
            assertThat(weights.suggestedName()).isEqualTo("Mine");
            assertThat(weights.wouldReplace(" mine")).as("one's own profile: confirm before replacing").isTrue();
        }
    }

    @Test
    void resetToBuiltInPutsTheDocumentedWeightsBack() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            WeightsEditorViewModel weights = new WeightsEditorViewModel(session.workspace().scoring(), session.workspace().work(),
                    session.database().profiles(), session.workspace().history());
            weights.slider(Criterion.PAY).set(90);
            assertThat(weights.editedProperty().get()).isTrue();

            assertThat(weights.resetToBuiltIn()).isTrue();

            assertThat(weights.editedProperty().get()).isFalse();
            assertThat(weights.slider(Criterion.PAY).get()).isEqualTo(WeightPresets.balanced().weight(Criterion.PAY).doubleValue());
            assertThat(weights.messageProperty().get()).contains("Balanced");
            assertThat(WeightsEditorViewModel.builtInBehind("Balanced (my copy)")).contains(WeightPresets.balanced());
            assertThat(WeightsEditorViewModel.builtInBehind("Mine")).isEmpty();
        }
    }
}
