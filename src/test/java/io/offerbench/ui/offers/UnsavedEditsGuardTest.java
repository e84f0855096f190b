package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.ui.session.SessionFixture;
import io.offerbench.ui.session.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quit, close, another database or a restore with edits not saved yet (issue 14, finding 4), without a window:
 * the editor's real view model on a real database file; only the dialogs are scripted, as the user would answer.
 */
class UnsavedEditsGuardTest {

    @TempDir
    Path dir;

    private SessionFixture session;
    private OfferEditorViewModel editor;
    private final List<String> asked = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private UnsavedEditsGuard.Choice answer = UnsavedEditsGuard.Choice.CANCEL;
    private UnsavedEditsGuard guard;
    private final List<String> outcome = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        session = new SessionFixture(dir);
        Workspace w = session.workspace();
        editor = new OfferEditorViewModel(w, w, w.scoring(), w.history(), session.tasks(), o -> { });
        guard = new UnsavedEditsGuard(editor.unsavedEdits(), new UnsavedEditsGuard.Ask() {
            @Override
            public UnsavedEditsGuard.Choice choose(String listed) {
                asked.add(listed);
                return answer;
            }

            @Override
            public void tellNotSaved(String listed) {
                told.add(listed);
            }
        });
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void saveKeepsAValidCityWhenTheBaseSalaryBesideItHasAMistake() {
        Offer acme = saved("Acme", "Austin", "100000");
        editor.show(acme);
        editor.form().city.set("Boston");
        editor.form().baseSalary.set("12O,000");
        session.tasks().elapse(); // the automatic save refuses the form: nothing of it is saved
        assertThat(stored(acme).location().city()).isEqualTo("Austin");
        assertThat(editor.unsavedEdits().markedProperty().get()).as("the table marks the offer").containsExactly(acme.id());

        answer = UnsavedEditsGuard.Choice.SAVE;
        leave();

        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q).contains("Acme — City: “Boston” (can be saved)");
            assertThat(q).contains("Acme — Base salary: “12O,000” cannot be saved: Base salary");
        });
        assertThat(outcome).containsExactly("proceeded");
        assertThat(stored(acme).location().city()).as("the valid edit is saved").isEqualTo("Boston");
        assertThat(stored(acme).pay().baseSalary()).isEqualByComparingTo("100000");
        assertThat(told).singleElement().satisfies(t -> {
            assertThat(t).startsWith("Acme — Base salary: “12O,000”: Base salary");
            assertThat(t).doesNotContain("City");
        });
        assertThat(editor.unsavedEdits().unsavedEdits()).isEmpty();
        assertThat(editor.unsavedEdits().markedProperty().get()).isEmpty();
        assertThat(session.failures()).isEmpty();
    }

    @Test
    void aSaveTheDatabaseRefusesKeepsTheWindowAndEveryEdit() {
        Offer acme = saved("Acme", "Austin", "100000");
        editor.show(acme);
        editor.form().city.set("Boston");
        editor.form().baseSalary.set("12O,000");
        session.database().close(); // the save will fail (its error is shown)

        answer = UnsavedEditsGuard.Choice.SAVE;
        leave();

        assertThat(session.failures()).hasSize(1);
        assertThat(outcome).as("the window does not go").isEmpty();
        assertThat(editor.form().city.textProperty().get()).isEqualTo("Boston");
        assertThat(editor.form().baseSalary.textProperty().get()).isEqualTo("12O,000");
        assertThat(editor.unsavedEdits().unsavedEdits()).hasSize(2);
    }

    @Test
    void cancelKeepsEveryEditExactlyAsTyped() {
        Offer acme = saved("Acme", "Austin", "100000");
        editor.show(acme);
        editor.form().city.set("Boston");
        editor.form().baseSalary.set("12O,000");

        answer = UnsavedEditsGuard.Choice.CANCEL;
        leave();

        assertThat(outcome).containsExactly("stayed");
        assertThat(editor.form().city.textProperty().get()).isEqualTo("Boston");
        assertThat(editor.form().baseSalary.textProperty().get()).isEqualTo("12O,000");
        assertThat(editor.unsavedEdits().unsavedEdits()).hasSize(2);
        assertThat(stored(acme).location().city()).isEqualTo("Austin");
        session.tasks().elapse();
        assertThat(stored(acme).location().city()).as("still refused as a whole, not half saved").isEqualTo("Austin");
    }

    @Test
    void discardDropsTheEditsAndShowsTheOfferAsSaved() {
        Offer acme = saved("Acme", "Austin", "100000");
        editor.show(acme);
        editor.form().city.set("Boston");
        editor.form().baseSalary.set("12O,000");

        answer = UnsavedEditsGuard.Choice.DISCARD;
        leave();

        assertThat(outcome).containsExactly("proceeded");
        assertThat(told).isEmpty();
        assertThat(editor.form().city.textProperty().get()).isEqualTo("Austin");
        assertThat(editor.unsavedEdits().unsavedEdits()).isEmpty();
        session.tasks().elapse();
        assertThat(stored(acme).location().city()).isEqualTo("Austin");
        assertThat(stored(acme).pay().baseSalary()).isEqualByComparingTo("100000");
    }

    @Test
    void withNothingUnsavedTheWindowGoesWithoutAQuestion() {
        Offer acme = saved("Acme", "Austin", "100000");
        editor.show(acme);
        editor.form().baseSalary.set("100000"); // typed another way, the same amount: no edit

        leave();

        assertThat(asked).isEmpty();
        assertThat(outcome).containsExactly("proceeded");
    }

    @Test
    void aValidEditStillWaitingForTheAutomaticSaveIsNamedAndSaved() {
        Offer acme = saved("Acme", "Austin", "100000");
        editor.show(acme);
        editor.form().role.set("Research Scientist");
        assertThat(editor.unsavedEdits().markedProperty().get()).containsExactly(acme.id());

        answer = UnsavedEditsGuard.Choice.SAVE;
        leave();

        assertThat(asked).singleElement().asString().isEqualTo("Acme — Role title: “Research Scientist” (can be saved)");
        assertThat(told).isEmpty();
        assertThat(stored(acme).roleTitle()).isEqualTo("Research Scientist");
        session.tasks().elapse();
        assertThat(session.database().offers().findAll()).hasSize(1);
    }

    @Test
    void anOfferLeftWithAMistakeWhileLookingAtAnotherIsNamedToo() {
        Offer acme = saved("Acme", "Austin", "100000");
        Offer beta = saved("Beta", "Berlin", "90000");
        editor.show(acme);
        editor.form().city.set("Boston");
        editor.form().signOnYears.set("11");
        editor.show(beta);
        assertThat(editor.unsavedEdits().markedProperty().get()).containsExactly(acme.id());

        answer = UnsavedEditsGuard.Choice.SAVE;
        leave();

        assertThat(asked).singleElement().satisfies(q -> assertThat(q.lines())
                .containsExactly("Acme — City: “Boston” (can be saved)",
                        "Acme — Sign-on paid over (years): “11” cannot be saved: " + firstLine(editor, "11")));
        assertThat(stored(acme).location().city()).isEqualTo("Boston");
        assertThat(stored(beta).location().city()).isEqualTo("Berlin");
        assertThat(told).singleElement().asString().startsWith("Acme — Sign-on paid over (years): “11”");
    }

    @Test
    void aNewOfferWithoutItsBaseSalaryIsNamedAndNotSaved() {
        editor.startNew();
        editor.form().company.set("Gamma");

        answer = UnsavedEditsGuard.Choice.SAVE;
        leave();

        assertThat(asked).singleElement().asString().startsWith("Gamma — Company: “Gamma” cannot be saved: ");
        assertThat(told).singleElement().asString().startsWith("Gamma — Company: “Gamma”: ");
        assertThat(session.database().offers().findAll()).isEmpty();
        assertThat(outcome).containsExactly("proceeded");
    }

    @Test
    void anOfferChangedFromOutsideShowsItsNewValuesUnderTheEditsNotSaved() {
        Offer acme = saved("Acme", "Austin", "100000");
        editor.show(acme);
        editor.form().city.set("Boston");
        editor.form().baseSalary.set("12O,000");
        // A restore or a merged comparison changed the offer's role in the database meanwhile.
        Offer changed = session.database().offers().save(stored(acme).toBuilder().roleTitle("Advisor's title").build());

        editor.show(changed);

        assertThat(editor.form().role.textProperty().get()).isEqualTo("Advisor's title");
        assertThat(editor.form().city.textProperty().get()).isEqualTo("Boston");
        assertThat(editor.form().baseSalary.textProperty().get()).isEqualTo("12O,000");
        editor.form().baseSalary.set("120,000");
        session.tasks().elapse();
        assertThat(stored(acme).roleTitle()).as("the outside change is not overwritten").isEqualTo("Advisor's title");
        assertThat(stored(acme).location().city()).isEqualTo("Boston");
    }

    private void leave() {
        guard.leave(() -> outcome.add("proceeded"), () -> outcome.add("stayed"));
    }

    /** The sign-on years field's own message for {@code typed}, as the editor words it. */
    private static String firstLine(OfferEditorViewModel editor, String typed) {
        OfferForm form = new OfferForm();
        form.signOnYears.set(typed);
        return form.signOnYears.parse().error();
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
