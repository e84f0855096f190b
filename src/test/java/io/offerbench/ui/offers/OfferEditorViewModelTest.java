package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.ui.session.SessionFixture;
import io.offerbench.ui.session.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor without a window: it saves a moment after typing stops (and not before), never saves
 * a form with mistakes, keeps such a form as a draft while the user looks at another offer, and
 * saves what is pending at once when the window closes.
 */
class OfferEditorViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture session;
    private OfferEditorViewModel editor;
    private final List<Offer> created = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        session = new SessionFixture(dir);
        Workspace w = session.workspace();
        editor = new OfferEditorViewModel(w, w, w.scoring(), w.history(), session.tasks(), created::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aNewOfferIsSavedOnlyAfterThePauseInTyping() {
        editor.startNew();
        editor.form().company.set("Acme");
        editor.form().baseSalary.set("150,000");
        assertThat(stored()).as("still typing: nothing saved").isEmpty();

        session.tasks().elapse();

        assertThat(stored()).singleElement().satisfies(o -> {
            assertThat(o.company()).isEqualTo("Acme");
            assertThat(o.pay().baseSalary()).isEqualByComparingTo("150000");
        });
        assertThat(created).extracting(Offer::company).containsExactly("Acme");
        assertThat(session.workspace().offers()).extracting(Offer::company).containsExactly("Acme");
        assertThat(session.workspace().status().get()).isEqualTo("Saved Acme.");
        assertThat(session.failures()).isEmpty();
    }

    @Test
    void aFormWithMistakesIsNotSavedAndSaysWhatIsWrong() {
        editor.startNew();
        editor.form().company.set("Acme");
        editor.form().baseSalary.set("1,5");
        editor.form().signOnYears.set("11");
        session.tasks().elapse();

        assertThat(stored()).isEmpty();
        assertThat(editor.problemsProperty().get().lines()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("Base salary"))
                .anySatisfy(l -> assertThat(l).startsWith("Sign-on"));
        assertThat(session.workspace().status().get()).startsWith("Not saved yet: Base salary");
        assertThat(editor.form().baseSalary.textProperty().get()).as("what was typed is kept").isEqualTo("1,5");
    }

    @Test
    void aDraftWithMistakesSurvivesLookingAtAnotherOffer() {
        Offer first = saved("First", "100000");
        Offer second = saved("Second", "200000");
        editor.show(first);
        editor.form().baseSalary.set("12O,000");
        session.tasks().elapse();
        assertThat(session.database().offers().findAll()).filteredOn(o -> o.id() == first.id())
                .singleElement().satisfies(o -> assertThat(o.pay().baseSalary()).isEqualByComparingTo("100000"));

        editor.show(second);
        assertThat(editor.form().baseSalary.textProperty().get()).isEqualTo("200,000");
        assertThat(editor.problemsProperty().get()).isEmpty();

        editor.show(first);
        assertThat(editor.form().baseSalary.textProperty().get()).as("the draft is back").isEqualTo("12O,000");
        assertThat(editor.problemsProperty().get()).startsWith("Base salary");

        editor.form().baseSalary.set("120,000");
        session.tasks().elapse();
        assertThat(session.database().offers().findAll()).filteredOn(o -> o.id() == first.id())
                .singleElement().satisfies(o -> assertThat(o.pay().baseSalary()).isEqualByComparingTo("120000"));
    }

    @Test
    void flushSavesAPendingEditAtOnce() {
        Offer first = saved("First", "100000");
        editor.show(first);
        editor.form().role.set("Research Scientist");
        editor.flush(); // the window is closing: no pause to wait for

        assertThat(session.database().offers().findAll()).singleElement()
                .satisfies(o -> assertThat(o.roleTitle()).isEqualTo("Research Scientist"));
        session.tasks().elapse();
        assertThat(session.database().offers().findAll()).hasSize(1);
    }

    private Offer saved(String company, String base) {
        Offer o = Offer.builder().company(company).currency(io.offerbench.domain.CurrencyCode.USD)
                .pay(io.offerbench.domain.Compensation.ofBase(new java.math.BigDecimal(base))).build();
        Offer s = session.database().offers().save(o);
        session.workspace().offers().add(s);
        return s;
    }

    private List<Offer> stored() {
        return session.database().offers().findAll();
    }
}
