package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.ui.session.SessionFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unsaved-edits inventory on its own, without the editor or a window: a real database on the same-thread tasks
 * service, and the editor's open offer scripted as a test double of {@link UnsavedEdits.OpenOffer}.
 */
class UnsavedEditsTest {

    @TempDir
    Path dir;

    private SessionFixture session;
    private UnsavedEdits inventory;
    private final ScriptedEditor open = new ScriptedEditor();

    /** The open offer as a test sets it; records what the inventory asks of the editor. */
    private static final class ScriptedEditor implements UnsavedEdits.OpenOffer {
        long id = -1;
        Offer saved;
        Map<OfferField, Object> edits = Map.of();
        boolean differs;
        final List<String> calls = new ArrayList<>();

        @Override
        public long id() {
            return id;
        }

        @Override
        public Offer saved() {
            return saved;
        }

        @Override
        public Map<OfferField, Object> edits() {
            return edits;
        }

        @Override
        public boolean differsFromSaved() {
            return differs;
        }

        @Override
        public void cancelAutosave() {
            calls.add("cancel");
        }

        @Override
        public void revert() {
            calls.add("revert");
            edits = Map.of();
            differs = false;
        }
    }

    @BeforeEach
    void open() throws Exception {
        session = new SessionFixture(dir);
        inventory = new UnsavedEdits(session.workspace(), session.workspace());
        inventory.attach(open);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void listsTheOpenOffersEditsFirstThenEachDraftAndMarksTheSavedOnes() {
        Offer acme = saved("Acme", "Austin", "100000");
        Offer beta = saved("Beta", "Berlin", "90000");
        inventory.keep(acme.id(), Map.of(OfferField.CITY, "Boston"));
        inventory.keep(UnsavedEdits.NEW_OFFER, Map.of(OfferField.COMPANY, "Gamma"));
        open.id = beta.id();
        open.saved = beta;
        open.edits = Map.of(OfferField.ROLE, "Advisor");
        open.differs = true;
        inventory.refresh();

        assertThat(inventory.unsavedEdits()).extracting(UnsavedEdit::offer, UnsavedEdit::typed, UnsavedEdit::canBeSaved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Beta", "Advisor", true),
                        org.assertj.core.groups.Tuple.tuple("Acme", "Boston", true),
                        org.assertj.core.groups.Tuple.tuple("Gamma", "Gamma", false));
        assertThat(inventory.markedProperty().get()).as("the new offer is not in the table").containsExactlyInAnyOrder(acme.id(), beta.id());
    }

    @Test
    void aDraftOfAnOfferDeletedMeanwhileIsNeitherListedNorMarked() {
        Offer acme = saved("Acme", "Austin", "100000");
        inventory.keep(acme.id(), Map.of(OfferField.CITY, "Boston"));
        inventory.refresh();
        assertThat(inventory.markedProperty().get()).containsExactly(acme.id());

        session.workspace().offers().remove(acme);
        assertThat(inventory.unsavedEdits()).isEmpty();
        inventory.drop(acme.id());
        assertThat(inventory.markedProperty().get()).isEmpty();
    }

    @Test
    void keepingNoEditsForgetsTheDraftAndTakeHandsItBackOnce() {
        inventory.keep(5, Map.of(OfferField.CITY, "Boston"));
        inventory.keep(5, Map.of());
        assertThat(inventory.take(5)).isNull();
        inventory.keep(5, Map.of(OfferField.CITY, "Boston"));
        assertThat(inventory.take(5)).containsEntry(OfferField.CITY, "Boston");
        assertThat(inventory.take(5)).isNull();
    }

    @Test
    void saveStoresEachValidEditAndReportsTheOthersOnceAllAreSaved() {
        Offer acme = saved("Acme", "Austin", "100000");
        Offer beta = saved("Beta", "Berlin", "90000");
        inventory.keep(acme.id(), Map.of(OfferField.CITY, "Boston", OfferField.BASE_SALARY, "12O,000"));
        open.id = beta.id();
        open.saved = beta;
        open.edits = Map.of(OfferField.CITY, "Bonn");
        open.differs = true;
        List<List<UnsavedEdit>> reported = new ArrayList<>();

        inventory.saveUnsaved(reported::add);

        assertThat(stored(acme).location().city()).isEqualTo("Boston");
        assertThat(stored(acme).pay().baseSalary()).isEqualByComparingTo("100000");
        assertThat(stored(beta).location().city()).isEqualTo("Bonn");
        assertThat(reported).singleElement().satisfies(notSaved -> assertThat(notSaved).singleElement()
                .satisfies(e -> assertThat(e.typed()).isEqualTo("12O,000")));
        assertThat(open.calls).as("the waiting save is dropped, then the editor shows the saved offer").containsExactly(
                "cancel", "cancel", "revert");
        assertThat(inventory.unsavedEdits()).isEmpty();
        assertThat(inventory.markedProperty().get()).isEmpty();
        assertThat(session.workspace().status().get()).contains("Acme");
        assertThat(session.failures()).isEmpty();
    }

    @Test
    void aRefusedSaveKeepsEveryDraftAndDoesNotGoOn() {
        Offer acme = saved("Acme", "Austin", "100000");
        inventory.keep(acme.id(), Map.of(OfferField.CITY, "Boston"));
        session.database().close();
        List<List<UnsavedEdit>> reported = new ArrayList<>();

        inventory.saveUnsaved(reported::add);

        assertThat(session.failures()).hasSize(1);
        assertThat(reported).isEmpty();
        assertThat(open.calls).doesNotContain("revert");
        assertThat(inventory.unsavedEdits()).extracting(UnsavedEdit::typed).containsExactly("Boston");
    }

    @Test
    void onlyInvalidEditsSaveNothingAndAreReportedAtOnce() {
        inventory.keep(UnsavedEdits.NEW_OFFER, Map.of(OfferField.COMPANY, "Gamma"));
        List<List<UnsavedEdit>> reported = new ArrayList<>();

        inventory.saveUnsaved(reported::add);

        assertThat(reported).singleElement().satisfies(n -> assertThat(n).extracting(UnsavedEdit::offer).containsExactly("Gamma"));
        assertThat(session.database().offers().findAll()).isEmpty();
        assertThat(inventory.unsavedEdits()).isEmpty();
    }

    @Test
    void discardDropsEveryDraftAndRevertsTheEditor() {
        Offer acme = saved("Acme", "Austin", "100000");
        inventory.keep(acme.id(), Map.of(OfferField.CITY, "Boston"));
        open.id = UnsavedEdits.NEW_OFFER;
        open.edits = Map.of(OfferField.COMPANY, "Gamma");

        inventory.discardUnsaved();

        assertThat(open.calls).containsExactly("cancel", "revert");
        assertThat(inventory.unsavedEdits()).isEmpty();
        assertThat(inventory.markedProperty().get()).isEmpty();
        assertThat(stored(acme).location().city()).isEqualTo("Austin");
    }

    @Test
    void nothingUnsavedSavesNothingAndGoesOnAtOnce() {
        List<List<UnsavedEdit>> reported = new ArrayList<>();
        inventory.saveUnsaved(reported::add);
        assertThat(reported).containsExactly(List.of());
        assertThat(open.calls).isEmpty();
    }

    private Offer saved(String company, String city, String base) {
        Offer o = Offer.builder().company(company).currency(CurrencyCode.USD)
                .location(new Location(city, "United States", false))
                .pay(Compensation.ofBase(new BigDecimal(base))).build();
        Offer s = session.database().offers().save(o);
        session.workspace().offers().add(s);
        return s;
    }

    private Offer stored(Offer offer) {
        return session.database().offers().findAll().stream().filter(o -> o.id() == offer.id()).findFirst().orElseThrow();
    }
}
