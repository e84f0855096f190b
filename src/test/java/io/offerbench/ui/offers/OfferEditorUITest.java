package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.store.Database;
import io.offerbench.ui.AppUITest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Drives the real window: enter an offer through the form, correct a mistake, edit it, close the
 * app, check the SQLite file, reopen and find it unchanged.
 */
class OfferEditorUITest extends AppUITest {


    @Test
    void offerEnteredInTheFormIsSavedAndSurvivesARestart() throws Exception {
        Path db = dir.resolve("offers.db");
        app.start(db);

        app.clickOn("#addButton");
        type("#companyField", "Anthropic");
        type("#roleField", "Research Scientist");
        // Pasted, not typed key by key: "1" on its own is a valid salary, which a loaded machine's pause
        // between two keys would let the autosave store before the mistake is complete.
        paste("#baseSalaryField", "1,5");
        Label baseError = app.node("#baseSalaryError", Label.class);
        app.waitUntil(baseError::isVisible);
        assertThat(baseError.getText()).contains("Base salary");
        TableView<?> table = app.node("#table", TableView.class);
        // Wait for the autosave's pause to pass (it then says why it did not save) before looking.
        Label status = app.node("#statusMessage", Label.class);
        app.waitUntil(() -> ("Not saved yet: " + baseError.getText()).equals(status.getText()));
        assertThat(table.getItems()).as("an offer with a mistake is not saved").isEmpty();
        assertThat(app.node("#baseSalaryField", TextField.class).getText()).as("what was typed is kept").isEqualTo("1,5");

        replace("#baseSalaryField", "$310,000");
        app.waitUntil(() -> table.getItems().size() == 1);
        assertThat(baseError.isVisible()).isFalse();

        type("#equityValueField", "1.2M");
        replace("#scheduleField", "5/15/40/40");
        app.interact(() -> {
            comboOf("#typeField").getSelectionModel().select(OfferType.FRONTIER_LAB);
            comboOf("#equityTypeField").getSelectionModel().select(EquityType.PRIVATE_EQUITY);
            comboOf("#publicationField").getSelectionModel().select(PublicationPolicy.REVIEW_BEFORE_PUBLISHING);
            comboOf("#computeField").getSelectionModel().select(ComputeAccess.FRONTIER_SCALE);
        });
        type("#researchFreedomField", "30");
        app.waitUntil(() -> app.node("#scheduleError", Label.class).getText() == null
                || app.node("#scheduleError", Label.class).getText().isEmpty());
        app.stop();

        Offer stored = onlyOfferIn(db);
        assertThat(stored.company()).isEqualTo("Anthropic");
        assertThat(stored.roleTitle()).isEqualTo("Research Scientist");
        assertThat(stored.type()).isEqualTo(OfferType.FRONTIER_LAB);
        assertThat(stored.pay().baseSalary()).isEqualByComparingTo("310000");
        assertThat(stored.equity().grantValue()).isEqualByComparingTo("1200000");
        assertThat(stored.equity().type()).isEqualTo(EquityType.PRIVATE_EQUITY);
        assertThat(stored.equity().vesting().yearlyPercents()).extracting(BigDecimal::intValue).containsExactly(5, 15, 40, 40);
        assertThat(stored.criteria().researchFreedomPercent()).isEqualTo(30);
        assertThat(stored.criteria().publicationPolicy()).isEqualTo(PublicationPolicy.REVIEW_BEFORE_PUBLISHING);

        app.start(db);
        TableView<?> reopened = app.node("#table", TableView.class);
        app.waitUntil(() -> reopened.getItems().size() == 1);
        app.waitUntil(() -> "Anthropic".equals(app.node("#companyField", TextField.class).getText()));
        assertThat(app.node("#baseSalaryField", TextField.class).getText()).isEqualTo("310,000");
        assertThat(app.node("#scheduleField", TextField.class).getText()).isEqualTo("5/15/40/40");
        assertThat(comboOf("#computeField").getValue()).isEqualTo(ComputeAccess.FRONTIER_SCALE);
    }

    /** Focus first (the editor scrolls the field into view, as it does for a user tabbing), then click and type. */
    private void type(String field, String text) {
        focus(field);
        app.clickOn(field).write(text);
    }

    private void paste(String field, String text) {
        TextField f = app.node(field, TextField.class);
        focus(field);
        app.clickOn(field);
        app.interact(() -> f.replaceText(0, f.getLength(), text));
    }

    private void replace(String field, String text) {
        TextField f = app.node(field, TextField.class);
        focus(field);
        app.clickOn(field);
        app.interact(f::selectAll);
        app.type(KeyCode.BACK_SPACE).write(text);
    }

    private void focus(String field) {
        app.interact(() -> app.node(field, javafx.scene.Node.class).requestFocus());
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboOf(String id) {
        return (ComboBox<T>) app.node(id, ComboBox.class);
    }

    private static Offer onlyOfferIn(Path db) throws Exception {
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            List<Offer> all = database.offers().findAll();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
