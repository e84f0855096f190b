package io.offerbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.charts.ChartFixtures;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.session.SessionFixture;
import io.offerbench.ui.session.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which offers are compared, what the user is told when the count is wrong, and the key figures. */
class CompareViewModelTest {

    @TempDir
    Path dir;

    @Test
    void firstFiveAreTickedAndCountsOutsideTwoToEightAreExplained() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            ticksAndCounts(session.workspace());
            assertThat(session.failures()).isEmpty();
        }
    }

    /** On a live scoring session (work runs at once), so the comparison really is computed when allowed. */
    private static void ticksAndCounts(Workspace workspace) {
        List<Offer> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(Offer.builder().id(i).company("Company " + i).currency(CurrencyCode.USD)
                    .pay(Compensation.ofBase(new BigDecimal("100000"))).build());
        }
        workspace.offers().setAll(ten);
        CompareViewModel model = new CompareViewModel(workspace.offers(), workspace.scoring());
        assertThat(model.choices()).hasSize(10);
        assertThat(model.comparedProperty().get()).as("five ticked: compared").isNotNull();
        assertThat(model.comparedProperty().get().scores()).extracting(sc -> sc.offer().id()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(model.choices().stream().filter(OfferChoice::isChosen).map(c -> c.offer().id())).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(model.selectionMessageProperty().get()).isEmpty();
        assertThat(model.slotOf(ten.get(2))).isEqualTo(2);
        assertThat(model.slotOf(ten.get(7))).isEqualTo(-1);
        model.choices().get(0).chosenProperty().set(false);
        assertThat(model.slotOf(ten.get(2))).as("unticking another offer leaves this one's colour").isEqualTo(2);
        assertThat(model.comparedProperty().get().colourSlots()).containsExactly(1, 2, 3, 4);
        model.choices().get(0).chosenProperty().set(true);

        for (int i = 5; i < 9; i++) {
            model.choices().get(i).chosenProperty().set(true);
        }
        assertThat(model.selectionMessageProperty().get()).isEqualTo("Tick at most 8 offers: charts of more cannot be told apart (9 ticked).");
        assertThat(model.comparedProperty().get()).isNull();

        model.choices().forEach(c -> c.chosenProperty().set(false));
        model.choices().get(3).chosenProperty().set(true);
        assertThat(model.selectionMessageProperty().get()).isEqualTo("Tick at least 2 offers to compare them (1 ticked).");

        // An edited offer keeps its tick; an offer added while five or more are ticked starts unticked.
        workspace.offers().set(3, ten.get(3).toBuilder().company("Renamed").build());
        assertThat(model.choices().get(3).isChosen()).isTrue();
        assertThat(model.choices().get(3).offer().company()).isEqualTo("Renamed");
    }

    @Test
    void aHiddenCompareScreenRebuildsNothingUntilShownThenCatchesUpOnce() {
        Workspace workspace = new Workspace(null, null, java.time.Clock.systemDefaultZone());
        Offer a = Offer.builder().id(1).company("A").currency(CurrencyCode.USD).pay(Compensation.ofBase(new BigDecimal("100000"))).build();
        workspace.offers().setAll(a);
        CompareViewModel model = new CompareViewModel(workspace.offers(), new ScoringModel(workspace, workspace, null, null));
        List<Object> rebuilt = new ArrayList<>();
        model.choices().addListener((javafx.collections.ListChangeListener<OfferChoice>) c -> rebuilt.add(c));

        model.showingProperty().set(false);
        workspace.offers().add(a.toBuilder().id(2).company("B").build());
        workspace.offers().add(a.toBuilder().id(3).company("C").build());
        assertThat(rebuilt).as("hidden: no check box rebuilt").isEmpty();
        assertThat(model.choices()).hasSize(1);

        model.showingProperty().set(true);
        assertThat(rebuilt).as("shown: rebuilt once with every change").hasSize(1);
        assertThat(model.choices()).extracting(c -> c.offer().company()).containsExactly("A", "B", "C");
    }

    @Test
    void keyFiguresGiveOneValuePerOfferInTheHomeCurrency() throws Exception {
        ComparedOffers offers = ChartFixtures.sample();
        List<FigureRow> rows = KeyFigures.of(offers);
        FigureRow score = rows.get(0);
        assertThat(score.label()).isEqualTo("Score (rank)");
        assertThat(score.values()).hasSize(5);
        assertThat(score.values().get(0)).isEqualTo(offers.scores().get(0).total().toPlainString() + " (#" + offers.scores().get(0).rank() + ")");
        assertThat(row(rows, "Year-1 total").values()).startsWith("$570,000", "$501,000", "$600,000");
        assertThat(row(rows, "Sign-on (all years)").values()).startsWith("$50,000", "$100,000", "$100,000");
        // Hangzhou AI Lab is paid in CNY; the table shows it converted to dollars.
        assertThat(row(rows, "Base salary (year 1)").values().get(4)).isEqualTo("$215,084");
        assertThat(row(rows, "Publication").values().get(3)).isEqualTo("100 / 100 · Open: publish freely");
        assertThat(row(rows, "Research freedom").values().get(0)).isEqualTo("20 / 100 · 20% self-directed");
        // The documents give no typical figure for any sample offer: the column says so instead of "Within band" for all.
        assertThat(row(rows, "Market position").values()).containsOnly("No typical figure");
    }

    private static FigureRow row(List<FigureRow> rows, String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
