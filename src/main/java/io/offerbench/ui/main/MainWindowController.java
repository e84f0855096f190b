package io.offerbench.ui.main;

import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.ThemeSwitch;
import io.offerbench.ui.review.ReviewActions;
import io.offerbench.ui.safety.OpenProblemFlow;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.sharing.FilePicker;
import io.offerbench.ui.sharing.NegotiationBriefAction;
import io.offerbench.ui.sharing.ReportAction;
import io.offerbench.ui.sharing.SharingActions;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Wires the window: its tabs (one per {@link Screen}, built by {@link Screens}), its menus (each in a class of its
 * own: {@link FileMenu}, {@link EditMenu}, {@link ReviewMenu}, {@link ViewMenu}, {@link HelpMenu}), the
 * {@link Welcome} page, files dropped on it, and the status bar. A new menu command goes into its menu's class.
 */
public final class MainWindowController {

    private final Stage stage;
    private Path databaseFile;
    private final OpenProblemFlow openProblems;
    private String statusAfterOpen = "";
    private final FilePicker files;
    private final Consumer<Path> openDatabase;
    private final Consumer<Path> showDocument;
    private final ThemeSwitch theme;
    private final Tasks tasks;
    private final Clock clock;
    private final WindowMemory memory;
    private boolean closed;
    private OpenComparison open;
    private FileMenu fileCommands;
    private ReviewMenu reviewCommands;
    private ViewMenu viewCommands;
    private Runnable onInteractive = () -> { };
    private Path pendingImport;
    private Runnable onListed = () -> { };

    @FXML private MenuBar menuBar;
    @FXML private Menu fileMenu;
    @FXML private Menu reviewMenu;
    @FXML private Menu viewMenu;
    @FXML private Menu helpMenu;
    @FXML private TabPane tabs;
    @FXML private Label placeholder;
    @FXML private Label databasePath;
    @FXML private Label statusMessage;
    @FXML private Label backupWarning;
    @FXML private ProgressIndicator busy;

    MainWindowController(Stage stage, Path databaseFile, FilePicker files, Consumer<Path> openDatabase, ThemeSwitch theme,
            Consumer<Path> showDocument, Tasks tasks, WindowMemory memory, Clock clock) {
        this.stage = stage;
        this.memory = memory;
        this.clock = clock;
        this.tasks = tasks;
        this.showDocument = showDocument;
        this.theme = theme;
        this.databaseFile = databaseFile;
        this.files = files;
        this.openDatabase = openDatabase;
        this.openProblems = new OpenProblemFlow(stage, chosen -> {
            this.databaseFile = chosen;
            databasePath.setText(Messages.get("status.database", chosen));
            placeholder.setText(Messages.get("status.opening"));
            openDatabase.accept(chosen);
        }, this::quit, text -> placeholder.setText(text), text -> statusAfterOpen = text, tasks, clock);
    }

    @FXML
    private void initialize() {
        databasePath.setText(Messages.get("status.database", databaseFile));
        for (Screen screen : Screen.values()) {
            tabs.getTabs().add(screen.newTab());
        }
        fileCommands = new FileMenu(fileMenu, stage, () -> leave(this::quit, () -> { }), memory);
        reviewCommands = new ReviewMenu(reviewMenu);
        viewCommands = new ViewMenu(viewMenu, tabs, theme, () -> openDatabase.accept(databaseFile), this::leave);
        // The window's close button (and the system's close) asks first when edits are not saved yet.
        stage.setOnCloseRequest(event -> {
            if (open != null && !closed && open.offers().hasUnsavedEdits()) {
                event.consume();
                leave(stage::close, () -> { });
            }
        });
        HelpMenu.fill(helpMenu, stage, menuBar);
    }

    void attach(StartupLoad.Loaded opened) {
        Database db = opened.db();
        if (closed) {
            // The window was closed (or replaced) while its database was opening: let it go again.
            tasks.run(Lane.DATABASE, () -> closeDatabase(db), done -> { }, failure -> { });
            return;
        }
        BackgroundWork work = new BackgroundWork(tasks, this::showError);
        Workspace workspace = new Workspace(db, work, theme, clock);
        workspace.awaitStartupInputs(); // read with the offers: workspace.show below hands them over
        busy.visibleProperty().bind(work.running().greaterThan(0));
        statusMessage.textProperty().bind(workspace.status());
        workspace.setStatus(statusAfterOpen);
        db.startupBackupProblem().ifPresent(this::showBackupProblem);
        // The offers screen is built by Screens, below; the review commands reach its editor only when run.
        ReviewActions reviewActions = new ReviewActions(workspace, stage, () -> open.offers().flushPendingEdits(), clock);
        Screens screens = new Screens(workspace, stage, reviewActions);
        Consumer<Path> leaveThenOpen = file -> leave(() -> openDatabase.accept(file), () -> { });
        open = new OpenComparison(db, work, workspace, screens, new SharingActions(workspace, stage, files, leaveThenOpen,
                () -> open.offers().flushPendingEdits()),
                new ReportAction(workspace, stage, files, showDocument),
                new NegotiationBriefAction(workspace, stage, files, showDocument, clock), reviewActions,
                new Welcome(new Welcome.Window(menuBar, tabs, databaseFile, openDatabase, this::leave, tasks, this::showError)));
        screens.fill(tabs); // Offers now, the other screens when first shown; the ranking is computed from the start
        tabs.getTabs().forEach(tab -> {
            if (tab.getContent() != null) {
                memory.followDividers(tab.getId(), tab.getContent());
            }
            tab.contentProperty().addListener((o, was, now) -> memory.followDividers(tab.getId(), now));
        });
        open.sharing().whenFileImported(memory::addRecentFile);
        io.offerbench.ui.common.StartupTrace.mark("offersView");

        fileCommands.attach(open);
        EditMenu.insertEdit(menuBar, EditMenu.editMenu(workspace.history(), () -> {
            tabs.getSelectionModel().selectFirst(); // the Offers tab
            open.offers().focusSearch();
        }));
        reviewCommands.attach(open);
        viewCommands.attach(open);
        FileDrop.install(menuBar.getParent(), open.sharing());
        workspace.show(opened.inputs(), opened.ranked(), this::listed);
    }

    /** The offers are on screen: the tabs can be used. */
    private void listed() {
        if (open.workspace().offers().isEmpty()) {
            open.review().model().refresh(); // no offers arrived, so the banner would not look by itself
        }
        tabs.setDisable(false);
        placeholder.setVisible(false);
        open.offers().selectFirst();
        memory.followTab(tabs); // the tab the user left, whichever comparison that was in
        open.welcome().show(open.database(), open.work(), open.workspace(), open.offers());
        if (pendingImport != null) {
            open.sharing().importComparison(pendingImport);
            pendingImport = null;
        }
        io.offerbench.ui.common.StartupTrace.mark("listed");
        onListed.run();
        InteractiveSignal.whenRanked(open.workspace(), () -> {
            takeStartupBackup();
            onInteractive.run();
        });
    }

    void importWhenOpen(Path comparison) {
        pendingImport = comparison;
    }

    /**
     * The start-up backup, once the first screen is up (App opens the file without it, so the user
     * does not wait for a whole copy to be checked): on the database lane, ahead of any save the user
     * can make from here on.
     */
    private void takeStartupBackup() {
        open.work().run(open.database()::takeStartupBackup, problem -> problem.ifPresent(this::showBackupProblem));
    }

    /** A failed start-up backup does not stop work, but the user must know their safety net has a hole. */
    private void showBackupProblem(String problem) {
        backupWarning.setText(Messages.get("safety.backupWarning", problem));
        backupWarning.setVisible(true);
        backupWarning.setManaged(true);
    }

    void whenListed(Runnable then) {
        onListed = then;
    }

    void whenInteractive(Runnable then) {
        onInteractive = then;
    }

    /**
     * The dialog waits for the user in a nested event loop, so it is shown on the next pulse: when the database's
     * open failed before {@code Application.start} ran (the file is read while JavaFX starts), showing it inside
     * start would keep start from returning until the user answers.
     */
    void showOpenFailure(Throwable failure) {
        Platform.runLater(() -> openProblems.show(failure, databaseFile));
    }

    private void showError(Throwable failure) {
        Dialogs.error(stage, Messages.get("dialog.error.title"), failure.getMessage());
    }

    boolean isAttached() {
        return open != null;
    }

    /**
     * Saves what the editor holds and closes the database, both queued on the database lane, so the
     * close comes after the save and the FX thread never waits; work asked for later is dropped. Quitting
     * and switching ask about unsaved edits first; a close that could not ask (the system ending the
     * program) still saves every valid edit, also beside a field with a mistake.
     */
    void close() {
        closed = true;
        if (open != null) {
            open.offers().saveWhatCanBeSaved();
            open.report().cancel();
            Database db = open.database();
            tasks.run(Lane.DATABASE, () -> closeDatabase(db), done -> { }, failure -> { }); // close never throws
            open.work().close();
        }
    }

    private static Database closeDatabase(Database db) {
        db.close();
        return db;
    }

    /**
     * Runs {@code proceed} when the editor holds nothing unsaved, or once the user has chosen to save or discard
     * what it holds; {@code stay} when they cancel. Before a database is open there is nothing to lose.
     */
    private void leave(Runnable proceed, Runnable stay) {
        if (open == null || closed) {
            proceed.run();
        } else {
            open.offers().leave(proceed, stay);
        }
    }

    private void quit() {
        stage.close();
        Platform.exit();
    }
}
