package io.offerbench.ui;

import io.offerbench.ui.sharing.FilePicker;
import io.offerbench.ui.sharing.SystemFilePicker;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real application on a given database file for GUI tests (headless under Monocle). */
public final class AppDriver extends FxRobot {

    private Application app;

    public void start(Path databaseFile) throws TimeoutException {
        start(databaseFile, new SystemFilePicker());
    }

    /** Starts with the given file dialogs, for tests of the File menu's import and export. */
    public void start(Path databaseFile, FilePicker files) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(databaseFile, files));
        waitUntil(() -> {
            TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
            return !tabs.isDisabled();
        });
    }

    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    public <T extends Node> T node(String query, Class<T> type) {
        return lookup(query).queryAs(type);
    }

    public void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
