package io.offerbench.ui;

import io.offerbench.ui.main.App;
import io.offerbench.ui.sharing.FilePicker;
import io.offerbench.ui.sharing.SystemFilePicker;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real application on a given database file for GUI tests (headless under Monocle). */
public final class AppDriver extends FxRobot {

    private Application app;
    private Stage stage;

    public void start(Path databaseFile) throws TimeoutException {
        start(databaseFile, new SystemFilePicker());
    }

    /** Starts with the given file dialogs, for tests of the File menu's import and export. */
    public void start(Path databaseFile, FilePicker files) throws TimeoutException {
        start(databaseFile, files, java.time.Clock.systemDefaultZone());
    }

    /** Starts on {@code clock}: the window's "today" and "now" are its, whatever day the test runs. */
    public void start(Path databaseFile, FilePicker files, java.time.Clock clock) throws TimeoutException {
        // What the window remembers per user (size, tab, recent files) goes beside the test's database, never in ~.
        System.setProperty("offerbench.window.file", databaseFile.toAbsolutePath().resolveSibling("window.properties").toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(databaseFile, files, clock));
        // A cold start (new file: create, back up, install the benchmark dataset) on a machine shared
        // with other builds can take longer than any later step; this waits for it, it does not time it.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#tabs");
            return tabs != null && !tabs.isDisabled();
        });
        // The editor's lower sections and the comments join the window in the frames after its first
        // (ui.common.AfterFirstFrame), as a user scrolling down finds them: wait for the last of each.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getScene().lookup("#notesField") != null
                && stage.getScene().lookup("#commentField") != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    /**
     * A node of the main window. Looked up from the window's scene, not from TestFX's list of window
     * roots: ControlsFX validation wraps the scene root in a DecorationPane, and after an earlier
     * test in the same JVM that list could hold a stale wrapper instead of this window's root.
     */
    public <T extends Node> T node(String query, Class<T> type) {
        Node found = stage.getScene().lookup(query);
        if (found == null) {
            return lookup(query).queryAs(type); // in a dialog or another window
        }
        return type.cast(found);
    }

    public void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
