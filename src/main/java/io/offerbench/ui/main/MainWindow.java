package io.offerbench.ui.main;

import io.offerbench.ui.common.Fxml;
import io.offerbench.ui.common.View;
import io.offerbench.ui.common.ThemeSwitch;
import io.offerbench.ui.sharing.FilePicker;
import io.offerbench.ui.tasks.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Stage;

/** The main window: loads its FXML at once and fills its tabs when the database has been opened. */
final class MainWindow {

    private final MainWindowController controller;
    private final Parent root;

    /**
     * @param open reopens the window on a database file: "Try again", "Open another file…", a restore, a separate import
     * @param showDocument opens a written file (a report) in the system's viewer
     * @param tasks the program's background lanes (owned by {@link App})
     * @param clock the program's one clock (made by {@link App})
     */
    MainWindow(Stage stage, Path databaseFile, FilePicker files, Consumer<Path> open, ThemeSwitch theme,
            Consumer<Path> showDocument, Tasks tasks, WindowMemory memory, Clock clock) {
        this.controller = new MainWindowController(stage, databaseFile, files, open, theme, showDocument, tasks, memory, clock);
        this.root = Fxml.load(View.MAIN_WINDOW, () -> controller);
    }

    Parent root() {
        return root;
    }

    /** Fills the window from what start-up read and ranked. */
    void attach(StartupLoad.Loaded opened) {
        controller.attach(opened);
    }

    /** Runs {@code then} once, when the offers are listed and ranked and the tabs can be used. */
    /** Runs {@code then} once, when the offers are listed and the tabs can be used (before the ranking may be). */
    void whenListed(Runnable then) {
        controller.whenListed(then);
    }

    void whenInteractive(Runnable then) {
        controller.whenInteractive(then);
    }

    /** Imports {@code comparison} (merged or separate, as the user chooses) once the offers are on screen. */
    void importWhenOpen(Path comparison) {
        controller.importWhenOpen(comparison);
    }

    void showOpenFailure(Throwable failure) {
        controller.showOpenFailure(failure);
    }

    /** Whether a database is open in this window (false while opening, and after a failed open). */
    boolean isAttached() {
        return controller.isAttached();
    }

    void close() {
        controller.close();
    }
}
