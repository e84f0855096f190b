package io.offerbench.ui.main;

import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.offers.OffersController;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows once the offers are listed: an empty comparison opens on the {@link WelcomePage}; a sample
 * comparison shows the {@link SampleBanner}, with the way back to the user's own offers and the one click that
 * removes the sample.
 */
final class Welcome {

    /** Where the window is and what it may do, as the welcome page and the sample banner need it. */
    record Window(MenuBar menuBar, TabPane tabs, Path databaseFile, Consumer<Path> openDatabase, LeaveGuard leave, Tasks tasks,
            Consumer<Throwable> showError) {

        /** Opens {@code file} in the window once the editor's unsaved edits are saved or discarded, as the user chooses. */
        void leaveAndOpen(Path file, Runnable then) {
            leave.leave(() -> {
                openDatabase.accept(file);
                then.run();
            });
        }
    }

    private final Window window;
    private Runnable dismiss = () -> { };

    Welcome(Window window) {
        this.window = window;
    }

    /** Takes the welcome card away (File > New offer starts the first offer without it). */
    void dismiss() {
        dismiss.run();
    }

    void show(Database database, BackgroundWork work, Workspace workspace, OffersController offers) {
        work.run(() -> SampleComparison.returnTo(database), returnTo -> {
            MenuBar menuBar = window.menuBar();
            TabPane tabs = window.tabs();
            BorderPane root = (BorderPane) menuBar.getParent();
            StackPane center = (StackPane) tabs.getParent();
            if (returnTo.isPresent()) {
                Path sample = window.databaseFile();
                root.setTop(null);
                root.setTop(new VBox(menuBar, SampleBanner.create(() -> window.leaveAndOpen(returnTo.get(), () -> { }),
                        () -> window.leaveAndOpen(returnTo.get(), () -> window.tasks().run(Lane.DATABASE, () -> {
                            SampleComparison.remove(sample);
                            return sample;
                        }, removed -> { }, window.showError())))));
            } else if (workspace.offers().isEmpty()) {
                WelcomePage welcome = new WelcomePage(() -> window.tasks().run(Lane.DATABASE,
                        () -> SampleComparison.open(window.databaseFile(), workspace.clock()), sample -> window.leaveAndOpen(sample, () -> { }),
                        window.showError()), () -> {
                            center.getChildren().removeIf(n -> "welcomePage".equals(n.getId()));
                            tabs.getSelectionModel().selectFirst(); // the Offers tab
                            offers.addOffer();
                        });
                center.getChildren().add(welcome.root());
                dismiss = () -> center.getChildren().remove(welcome.root());
                welcome.focusFirstOffer();
                workspace.offers().addListener((ListChangeListener<Object>) c -> dismiss());
                tabs.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dismiss());
                tabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> dismiss());
                // The card belongs to the empty Offers tab: another tab, chosen in any way, is never covered by it.
                tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> dismiss());
            }
        });
    }
}
