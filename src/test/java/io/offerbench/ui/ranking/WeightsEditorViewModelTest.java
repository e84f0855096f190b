package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.ui.session.SessionFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weights editor without a window: moving a slider ranks with the edited weights at once but
 * saves nothing; "Revert" puts the profile back; saving under a name stores the profile and makes it
 * the active one in the file; a bad name is refused with a message.
 */
class WeightsEditorViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aMovedSliderRanksWithTheEditedWeightsUntilReverted() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            session.workspace().offers().setAll(offer(1, "Helix AI", "300000"), offer(2, "Kestrel", "250000"));
            WeightsEditorViewModel weights = new WeightsEditorViewModel(session.workspace().scoring(), session.workspace().work(),
                    session.database().profiles(), session.workspace().history());
            WeightProfile balanced = weights.chosenProperty().get();
            assertThat(balanced.name()).isEqualTo(WeightPresets.BALANCED);
            assertThat(weights.slider(Criterion.PAY).get()).isEqualTo(balanced.weight(Criterion.PAY).doubleValue());
            assertThat(rankedWith(session)).isEqualTo(balanced);

            weights.slider(Criterion.PAY).set(90);

            assertThat(weights.editedProperty().get()).isTrue();
            assertThat(weights.messageProperty().get()).startsWith("Edited weights are used now but not saved");
            assertThat(rankedWith(session).weight(Criterion.PAY)).isEqualByComparingTo("90");
            assertThat(session.database().profiles().findAll()).extracting(WeightProfile::name).doesNotContain("Balanced (edited)");

            weights.revert();
            assertThat(weights.editedProperty().get()).isFalse();
            assertThat(weights.slider(Criterion.PAY).get()).isEqualTo(balanced.weight(Criterion.PAY).doubleValue());
            assertThat(rankedWith(session).sameWeightsAs(balanced)).isTrue();
            assertThat(session.failures()).isEmpty();
        }
    }

    @Test
    void slidersSpanTheBuiltInWeightsAndATypedWeightSetsTheSliderOrSaysWhyNot() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            WeightsEditorViewModel weights = new WeightsEditorViewModel(session.workspace().scoring(), session.workspace().work(),
                    session.database().profiles(), session.workspace().history());
            // Every built-in weight (1 to 40) fits a 0-50 slider, so the handles spread over its width.
            assertThat(weights.sliderMaxProperty().get()).isEqualTo(50);

            assertThat(weights.enter(Criterion.PAY, "35")).isTrue();
            assertThat(weights.slider(Criterion.PAY).get()).isEqualTo(35);
            assertThat(rankedWith(session).weight(Criterion.PAY)).isEqualByComparingTo("35");

            assertThat(weights.enter(Criterion.PAY, "150")).isFalse();
            assertThat(weights.slider(Criterion.PAY).get()).isEqualTo(35);
            assertThat(weights.messageProperty().get()).contains("Weight of Pay", "150", "100");

            assertThat(weights.enter(Criterion.COMPUTE, "80")).isTrue();
            assertThat(weights.sliderMaxProperty().get()).as("a weight above 50 widens the sliders to 0-100").isEqualTo(100);
            assertThat(weights.slider(Criterion.COMPUTE).get()).isEqualTo(80);

            weights.revert();
            assertThat(weights.sliderMaxProperty().get()).isEqualTo(50);
            assertThat(session.failures()).isEmpty();
        }
    }

    @Test
    void savingUnderANameStoresTheProfileAndMakesItActive() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            WeightsEditorViewModel weights = new WeightsEditorViewModel(session.workspace().scoring(), session.workspace().work(),
                    session.database().profiles(), session.workspace().history());
            weights.slider(Criterion.PAY).set(70);
            weights.saveAs("  Money matters ");

            assertThat(session.database().profiles().findAll()).filteredOn(p -> p.name().equals("Money matters"))
                    .singleElement().satisfies(p -> assertThat(p.weight(Criterion.PAY)).isEqualByComparingTo("70"));
            assertThat(ScoringSettings.load(session.database().settings()).activeProfile()).isEqualTo("Money matters");
            assertThat(weights.chosenProperty().get().name()).isEqualTo("Money matters");
            assertThat(weights.editedProperty().get()).isFalse();
            assertThat(weights.messageProperty().get()).isEqualTo("Saved profile \u201cMoney matters\u201d.");

            weights.deleteChosen();
            assertThat(session.database().profiles().findAll()).extracting(WeightProfile::name).doesNotContain("Money matters");
            assertThat(weights.chosenProperty().get().name()).isEqualTo(WeightPresets.BALANCED);
            assertThat(weights.messageProperty().get()).isEqualTo("Deleted profile \u201cMoney matters\u201d.");

            weights.saveAs("   ");
            assertThat(weights.messageProperty().get()).startsWith("A profile name must be 1 to 60 characters");
        }
    }

    @Test
    void undoTakesBackAWholeDragThenTheProfilePickedAndRedoPutsThemBack() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            session.workspace().offers().setAll(offer(1, "Helix AI", "300000"), offer(2, "Kestrel", "250000"));
            WeightsEditorViewModel weights = new WeightsEditorViewModel(session.workspace().scoring(), session.workspace().work(),
                    session.database().profiles(), session.workspace().history());
            var history = session.workspace().history();
            WeightProfile balanced = weights.chosenProperty().get();
            double pay = balanced.weight(Criterion.PAY).doubleValue();
            assertThat(history.canUndoProperty().get()).as("loading the first profile is nothing to undo").isFalse();

            for (int w = (int) pay + 1; w <= 40; w++) { // a drag: many small moves of one slider
                weights.slider(Criterion.PAY).set(w);
            }
            weights.slider(Criterion.COMPUTE).set(30);
            assertThat(history.undoDescriptionProperty().get()).isEqualTo("the change of the Compute weight");

            history.undo();
            assertThat(weights.slider(Criterion.COMPUTE).get()).isEqualTo(balanced.weight(Criterion.COMPUTE).doubleValue());
            assertThat(weights.slider(Criterion.PAY).get()).isEqualTo(40);
            assertThat(history.undoDescriptionProperty().get()).isEqualTo("the change of the Pay weight");

            history.undo();
            assertThat(weights.slider(Criterion.PAY).get()).as("one undo takes back the whole drag").isEqualTo(pay);
            assertThat(weights.editedProperty().get()).isFalse();
            assertThat(rankedWith(session).sameWeightsAs(balanced)).isTrue();
            assertThat(history.canUndoProperty().get()).isFalse();

            history.redo();
            assertThat(weights.slider(Criterion.PAY).get()).isEqualTo(40);
            assertThat(rankedWith(session).weight(Criterion.PAY)).isEqualByComparingTo("40");
            assertThat(weights.editedProperty().get()).isTrue();

            WeightProfile other = WeightPresets.all().stream().filter(p -> !p.name().equals(balanced.name())).findFirst().orElseThrow();
            weights.chosenProperty().set(other);
            assertThat(history.undoDescriptionProperty().get()).isEqualTo("choosing the profile " + other.name());
            history.undo();
            assertThat(weights.chosenProperty().get()).isEqualTo(balanced);
            assertThat(weights.slider(Criterion.PAY).get()).as("the edited weights come back with the profile").isEqualTo(40);
            assertThat(rankedWith(session).weight(Criterion.PAY)).isEqualByComparingTo("40");
            history.redo();
            assertThat(weights.chosenProperty().get()).isEqualTo(other);
            assertThat(rankedWith(session).sameWeightsAs(other)).isTrue();
            assertThat(session.failures()).isEmpty();
        }
    }

    private static WeightProfile rankedWith(SessionFixture session) {
        return session.workspace().scoring().rankingProperty().get().weights();
    }

    private static Offer offer(long id, String company, String base) {
        return Offer.builder().id(id).company(company).currency(CurrencyCode.USD)
                .pay(Compensation.ofBase(new BigDecimal(base))).build();
    }
}
