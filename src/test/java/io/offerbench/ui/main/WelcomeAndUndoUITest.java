package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import io.offerbench.ui.AppUITest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user's first minutes: the welcome page opens the sample comparison apart from their own file, the sample
 * goes in one click, a deleted offer comes back with Ctrl+Z, and the tab and find shortcuts work.
 */
class WelcomeAndUndoUITest extends AppUITest {

    @Test
    void sampleFromTheWelcomePageIsKeptApartAndRemovedInOneClick() throws Exception {
        Path mine = dir.resolve("mine.db");
        app.start(mine);
        app.waitUntil(() -> present("#openSampleButton"));
        app.clickOn("#openSampleButton");
        app.waitUntil(() -> present("#sampleBanner") && sampleRows() == 6);
        assertThat(offersIn(mine)).as("the sample is not in the user's file").isZero();

        app.clickOn("#sampleRemoveButton");
        app.waitUntil(() -> present("#openSampleButton"));
        app.waitUntil(() -> !Files.exists(SampleComparison.fileFor(mine)));
        assertThat(present("#sampleBanner")).isFalse();
    }

    @Test
    void firstOfferThenDeleteAndUndo() throws Exception {
        Path mine = dir.resolve("mine.db");
        app.start(mine);
        app.waitUntil(() -> present("#firstOfferButton"));
        app.clickOn("#firstOfferButton");
        TextField company = app.node("#companyField", TextField.class);
        app.waitUntil(company::isFocused);
        app.write("Helix AI");
        app.interact(() -> app.node("#baseSalaryField", TextField.class).requestFocus());
        app.write("310,000");
        TableView<?> table = app.node("#table", TableView.class);
        app.waitUntil(() -> table.getItems().size() == 1);
        assertThat(present("#welcomePage")).isFalse();

        app.interact(() -> table.requestFocus());
        app.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        app.waitUntil(() -> app.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = app.lookup(".dialog-pane").queryAs(DialogPane.class);
        app.interact(() -> ((Button) confirm.lookupButton(ButtonType.OK)).fire());
        app.waitUntil(() -> table.getItems().isEmpty());

        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> table.getItems().size() == 1
                && "Helix AI".equals(((io.offerbench.domain.Offer) table.getItems().get(0)).company()));

        app.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TabPane tabs = app.node("#tabs", TabPane.class);
        app.waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        app.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        app.waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 0
                && app.node("#searchField", TextField.class).isFocused());
    }

    /** Looked up on the FX thread: the window's scene changes while the sample opens. */
    private static boolean present(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup(query) != null)).get();
    }

    private static int sampleRows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().lookup("#table")).filter(TableView.class::isInstance)
                .mapToInt(t -> ((TableView<?>) t).getItems().size()).max().orElse(0)).get();
    }

    private static int offersIn(Path db) throws Exception {
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            return database.offers().findAll().size();
        }
    }
}
