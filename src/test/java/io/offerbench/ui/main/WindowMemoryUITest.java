package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.offerbench.ui.AppUITest;
import io.offerbench.ui.sharing.FilePicker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The window comes back as the user left it (size, place, the offers divider, the tab) and File > Recent files
 * lists the spreadsheet imported, which imports it again when chosen.
 */
class WindowMemoryUITest extends AppUITest {

    private final Deque<Path> answers = new ArrayDeque<>();
    private final FilePicker picker = new FilePicker() {
        @Override
        public Optional<Path> open(Window owner, Kind kind) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> save(Window owner, Kind kind, String suggestedName) {
            return Optional.ofNullable(answers.poll());
        }
    };

    @Test
    void sizePlaceDividerTabAndRecentFilesAreRememberedForTheNextStart() throws Exception {
        Path db = dir.resolve("offers.db");
        Path csv = dir.resolve("three offers.csv");
        Files.copy(Path.of("docs/import-template.csv"), csv);
        app.start(db, picker);
        TableView<?> table = app.node("#table", TableView.class);
        answers.add(csv);
        app.interact(() -> item("importCsvItem").fire());
        app.waitUntil(() -> table.getItems().size() == 3);

        app.interact(() -> {
            Stage stage = stage();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(720);
            offersSplit().setDividerPositions(0.42);
            app.node("#tabs", TabPane.class).getSelectionModel().select(1);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double[] left = new double[1];
        app.interact(() -> left[0] = offersSplit().getDividerPositions()[0]); // as laid out in this window
        assertThat(left[0]).isCloseTo(0.42, within(0.05));
        app.stop();
        assertThat(dir.resolve("window.properties")).exists();

        app.start(db, picker);
        Stage stage = stage();
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(720);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        app.waitUntil(() -> app.node("#tabs", TabPane.class).getSelectionModel().getSelectedIndex() == 1);
        app.waitUntil(() -> Math.abs(offersSplit().getDividerPositions()[0] - left[0]) < 0.01);

        Menu recent = (Menu) item("recentFilesMenu");
        app.interact(() -> recent.getOnShowing().handle(null));
        assertThat(recent.getItems()).extracting(MenuItem::getText).singleElement().asString().contains("three offers.csv");
        app.interact(() -> recent.getItems().get(0).fire());
        TableView<?> again = app.node("#table", TableView.class);
        app.waitUntil(() -> again.getItems().size() == 6);
    }

    private Stage stage() {
        return (Stage) app.node("#tabs", TabPane.class).getScene().getWindow();
    }

    private SplitPane offersSplit() {
        return (SplitPane) app.node("#tabs", TabPane.class).getTabs().get(0).getContent();
    }

    private MenuItem item(String id) {
        for (Menu menu : app.node("#menuBar", MenuBar.class).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new IllegalArgumentException(id);
    }
}
