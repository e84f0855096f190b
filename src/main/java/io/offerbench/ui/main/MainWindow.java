package io.offerbench.ui.main;

import io.offerbench.store.Database;
import io.offerbench.ui.common.Fxml;
import io.offerbench.ui.common.ThemeSwitch;
import io.offerbench.ui.sharing.FilePicker;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Stage;

/** The main window: loads its FXML at once and fills its tabs when the database has been opened. */
public final class MainWindow {

    private final MainWindowController controller;
    private final Parent root;

    /**
     * @param open reopens the window on a database file: "Try again", "Open another file…", a restore, a separate import
     * @param showDocument opens a written file (a report) in the system's viewer
     */
    public MainWindow(Stage stage, Path databaseFile, FilePicker files, Consumer<Path> open, ThemeSwitch theme,
            Consumer<Path> showDocument) {
        this.controller = new MainWindowController(stage, databaseFile, files, open, theme, showDocument);
        this.root = Fxml.load(MainWindow.class, "MainWindow.fxml", () -> controller);
    }

    public Parent root() {
        return root;
    }

    public void attach(Database database) {
        controller.attach(database);
    }

    /** Runs {@code then} once, when the offers are listed and ranked and the tabs can be used. */
    public void whenInteractive(Runnable then) {
        controller.whenInteractive(then);
    }

    public void showOpenFailure(Throwable failure) {
        controller.showOpenFailure(failure);
    }

    /** Whether a database is open in this window (false while opening, and after a failed open). */
    public boolean isAttached() {
        return controller.isAttached();
    }

    public void close() {
        controller.close();
    }
}
