package io.offerbench.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.ui.AppUITest;
import io.offerbench.ui.main.SampleComparison;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, finding 4, in the real window: a valid city typed beside a base salary that cannot be saved is not lost
 * when the window is closed or another database is opened; the guard names both, Cancel keeps everything as typed.
 */
class UnsavedEditsUITest extends AppUITest {

    @Test
    void closingAsksSaveKeepsTheValidCityAndSaysWhatWasNotSaved() throws Exception {
        Path db = dir.resolve("offers.db");
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            database.offers().save(Offer.builder().company("Acme").currency(CurrencyCode.USD)
                    .location(new Location("Austin", "United States", false))
                    .pay(Compensation.ofBase(new BigDecimal("100000"))).build());
        }
        app.start(db);
        app.waitUntil(() -> "Acme".equals(app.node("#companyField", TextField.class).getText()));

        retype("#baseSalaryField", "TBD"); // a mistake from the first key: the form is never saved meanwhile
        retype("#cityField", "Boston");
        app.waitUntil(() -> app.lookup("#unsavedMark").tryQuery().isPresent());
        Label mark = app.lookup("#unsavedMark").queryAs(Label.class);
        assertThat(mark.getAccessibleText()).isEqualTo("This offer has edits that are not saved yet.");

        requestClose();
        assertThat(dialogText("#unsavedEditsList"))
                .contains("Acme — City: “Boston” (can be saved)")
                .contains("Acme — Base salary: “TBD” cannot be saved: Base salary");
        app.clickOn("#unsavedCancelButton");
        app.waitUntil(() -> app.lookup("#unsavedEditsDialog").tryQuery().isEmpty());
        assertThat(window().isShowing()).isTrue();
        assertThat(app.node("#cityField", TextField.class).getText()).isEqualTo("Boston");
        assertThat(app.node("#baseSalaryField", TextField.class).getText()).isEqualTo("TBD");

        requestClose();
        app.clickOn("#unsavedSaveButton");
        assertThat(dialogText("#notSavedList")).startsWith("Acme — Base salary: “TBD”: Base salary").doesNotContain("City");
        DialogPane notSaved = app.lookup("#notSavedDialog").queryAs(DialogPane.class);
        app.interact(() -> ((Button) notSaved.lookupButton(ButtonType.OK)).fire());
        app.waitUntil(() -> !window().isShowing());
        app.stop();

        try (Database reopened = Database.open(db, Clock.systemDefaultZone())) {
            List<Offer> offers = reopened.offers().findAll();
            assertThat(offers).singleElement().satisfies(o -> {
                assertThat(o.location().city()).isEqualTo("Boston");
                assertThat(o.pay().baseSalary()).isEqualByComparingTo("100000");
            });
        }
    }

    @Test
    void theUnsavedMarkAppearsAndGoesOnItsOwnRowWithoutMakingTheTablesCellsAgain() throws Exception {
        Path db = dir.resolve("offers.db");
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            for (String company : List.of("Acme", "Beta", "Corvid")) {
                database.offers().save(Offer.builder().company(company).currency(CurrencyCode.USD)
                        .location(new Location("Austin", "United States", false))
                        .pay(Compensation.ofBase(new BigDecimal("100000"))).build());
            }
        }
        app.start(db);
        app.waitUntil(() -> "Acme".equals(app.node("#companyField", TextField.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = app.node("#table", javafx.scene.control.TableView.class);
        java.util.Set<javafx.scene.Node> cells = WaitForAsyncUtils.asyncFx(() -> identities(table.lookupAll(".table-cell"))).get();

        retype("#baseSalaryField", "TBD"); // not saved: the mark stays while the mistake is there
        app.waitUntil(() -> app.lookup("#unsavedMark").tryQuery().isPresent());
        assertThat(WaitForAsyncUtils.asyncFx(() -> marksByCompany(table)).get()).containsExactly("Acme");
        assertThat(WaitForAsyncUtils.asyncFx(() -> identities(table.lookupAll(".table-cell"))).get())
                .as("the table's cells are the ones it had: only Acme's changed").isEqualTo(cells);

        retype("#baseSalaryField", "120000"); // valid: saved after the pause, and the mark goes
        app.waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> marksByCompany(table)).get().isEmpty());
        assertThat(WaitForAsyncUtils.asyncFx(() -> identities(table.lookupAll(".table-cell"))).get()).isEqualTo(cells);
    }

    private static java.util.Set<javafx.scene.Node> identities(java.util.Set<javafx.scene.Node> nodes) {
        java.util.Set<javafx.scene.Node> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.addAll(nodes);
        return out;
    }

    /** The companies of the rows showing the unsaved-edits mark. */
    private static List<String> marksByCompany(javafx.scene.control.TableView<?> table) {
        return table.lookupAll("#unsavedMark").stream().filter(javafx.scene.Node::isVisible).map(mark -> {
            javafx.scene.Node n = mark;
            while (n != null && !(n instanceof javafx.scene.control.TableRow<?>)) {
                n = n.getParent();
            }
            return n == null ? "" : ((Offer) ((javafx.scene.control.TableRow<?>) n).getItem()).company();
        }).toList();
    }

    @Test
    void openingAnotherDatabaseAsksFirstCancelStaysDiscardGoesAndCtrlQAsksToo() throws Exception {
        Path mine = dir.resolve("mine.db");
        app.start(mine);
        app.waitUntil(() -> present("#openSampleButton"));
        app.clickOn("#openSampleButton");
        app.waitUntil(() -> present("#sampleBanner") && !app.node("#companyField", TextField.class).getText().isEmpty());
        String company = app.node("#companyField", TextField.class).getText();

        retype("#baseSalaryField", "TBD");
        retype("#cityField", "Reykjavik");
        app.clickOn("#sampleBackButton");
        assertThat(dialogText("#unsavedEditsList")).contains(company).contains("City: “Reykjavik” (can be saved)")
                .contains("Base salary: “TBD” cannot be saved");
        app.clickOn("#unsavedCancelButton");
        app.waitUntil(() -> app.lookup("#unsavedEditsDialog").tryQuery().isEmpty());
        assertThat(present("#sampleBanner")).as("still on the sample").isTrue();
        assertThat(app.node("#cityField", TextField.class).getText()).isEqualTo("Reykjavik");

        // File > Quit's shortcut asks the same question; Cancel stays.
        app.interact(() -> app.node("#table", javafx.scene.Node.class).requestFocus());
        app.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        assertThat(dialogText("#unsavedEditsList")).contains("City: “Reykjavik” (can be saved)");
        app.clickOn("#unsavedCancelButton");
        app.waitUntil(() -> app.lookup("#unsavedEditsDialog").tryQuery().isEmpty());
        assertThat(window().isShowing()).isTrue();

        app.clickOn("#sampleBackButton");
        app.waitUntil(() -> app.lookup("#unsavedDiscardButton").tryQuery().isPresent());
        app.clickOn("#unsavedDiscardButton");
        app.waitUntil(() -> present("#openSampleButton") && !app.node("#tabs", TabPane.class).isDisabled());
        try (Database sample = Database.open(SampleComparison.fileFor(mine), Clock.systemDefaultZone())) {
            assertThat(sample.offers().findAll()).extracting(o -> o.location().city()).doesNotContain("Reykjavik");
        }
    }

    /** The window's close button, as the window system sends it (on the FX thread, without waiting for the dialog). */
    private void requestClose() throws Exception {
        Window window = window();
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        app.waitUntil(() -> app.lookup("#unsavedEditsDialog").tryQuery().isPresent());
    }

    private String dialogText(String id) throws Exception {
        app.waitUntil(() -> app.lookup(id).tryQuery().isPresent());
        return app.lookup(id).queryAs(Label.class).getText();
    }

    private Window window() {
        return app.node("#tabs", TabPane.class).getScene().getWindow();
    }

    /** Focus (the editor scrolls the field into view), select all, and type over it, as a user would. */
    private void retype(String field, String text) throws Exception {
        TextField f = app.node(field, TextField.class);
        app.interact(f::requestFocus);
        app.interact(f::selectAll);
        app.write(text);
        app.waitUntil(() -> text.equals(f.getText()));
    }

    /** Looked up on the FX thread: the window's scene changes while another database opens. */
    private static boolean present(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup(query) != null)).get();
    }
}
