package io.offerbench.ui.main;

import io.offerbench.store.Database;
import io.offerbench.text.Language;
import io.offerbench.text.LanguageChoice;
import io.offerbench.text.Texts;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.help.AboutDialog;
import io.offerbench.ui.help.ShortcutsDialog;
import io.offerbench.ui.help.UserGuideDialog;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import io.offerbench.ui.common.Fxml;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.ThemeSwitch;
import io.offerbench.ui.benchmarks.BenchmarksController;
import io.offerbench.ui.compare.CompareController;
import io.offerbench.ui.currencies.CurrenciesController;
import io.offerbench.ui.offers.OffersController;
import io.offerbench.ui.ranking.RankingController;
import io.offerbench.ui.review.ReviewActions;
import io.offerbench.ui.safety.OpenProblemFlow;
import io.offerbench.ui.safety.RestoreFromBackup;
import io.offerbench.ui.sharing.FilePicker;
import io.offerbench.ui.sharing.ReportAction;
import io.offerbench.ui.sharing.SharingActions;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/** Wires the menu, the tabs and the status bar; the screens themselves live in their own packages. */
public final class MainWindowController {

    private static final String LAST_TAB = "ui.last_tab";
    private static final String THEME = "ui.theme";
    private static final String DARK = "dark";
    private static final String LIGHT = "light";

    private final Stage stage;
    private Path databaseFile;
    private final OpenProblemFlow openProblems;
    private String statusAfterOpen = "";
    private Database database;
    private Workspace workspace;
    private OffersController offers;
    private final FilePicker files;
    private final Consumer<Path> openDatabase;
    private SharingActions sharing;
    private ReportAction report;
    private final Consumer<Path> showDocument;
    private final ThemeSwitch theme;
    private final Tasks tasks;
    private BackgroundWork work;
    private boolean closed;
    private ReviewActions review;
    private Runnable onInteractive = () -> { };
    private Path pendingImport;
    private Runnable dismissWelcome = () -> { };
    private Runnable onListed = () -> { };

    @FXML private TabPane tabs;
    @FXML private Tab offersTab;
    @FXML private Tab rankingTab;
    @FXML private Tab compareTab;
    @FXML private Tab benchmarksTab;
    @FXML private Tab currenciesTab;
    @FXML private Label placeholder;
    @FXML private Label databasePath;
    @FXML private Label statusMessage;
    @FXML private Label backupWarning;
    @FXML private MenuItem restoreBackupItem;
    @FXML private MenuItem markReviewedItem;
    @FXML private MenuItem changesSinceReviewItem;
    @FXML private ProgressIndicator busy;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private MenuBar menuBar;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem duplicateItem;
    @FXML private Menu languageMenu;
    @FXML private RadioMenuItem languageEnglishItem;
    @FXML private RadioMenuItem languageChineseItem;
    @FXML private RadioMenuItem languageSystemItem;

    MainWindowController(Stage stage, Path databaseFile, FilePicker files, Consumer<Path> openDatabase, ThemeSwitch theme,
            Consumer<Path> showDocument, Tasks tasks) {
        this.stage = stage;
        this.tasks = tasks;
        this.showDocument = showDocument;
        this.theme = theme;
        this.databaseFile = databaseFile;
        this.files = files;
        this.openDatabase = openDatabase;
        this.openProblems = new OpenProblemFlow(stage, file -> {
            this.databaseFile = file;
            databasePath.setText(Messages.get("status.database", file));
            placeholder.setText(Messages.get("status.opening"));
            openDatabase.accept(file);
        }, this::onQuit, text -> placeholder.setText(text), text -> statusAfterOpen = text, tasks);
    }

    @FXML
    private void initialize() {
        databasePath.setText(Messages.get("status.database", databaseFile));
    }

    void attach(Database db) {
        if (closed) {
            // The window was closed (or replaced) while its database was opening: let it go again.
            tasks.run(Lane.DATABASE, () -> closeDatabase(db), done -> { }, failure -> { });
            return;
        }
        this.database = db;
        work = new BackgroundWork(tasks, this::showError);
        workspace = new Workspace(db, work, theme);
        busy.visibleProperty().bind(work.running().greaterThan(0));
        statusMessage.textProperty().bind(workspace.status());
        workspace.setStatus(statusAfterOpen);
        db.startupBackupProblem().ifPresent(this::showBackupProblem);
        restoreBackupItem.setDisable(false);
        // The offers screen is created just below; the review commands reach its editor only when run.
        review = new ReviewActions(workspace, stage, () -> offers.flushPendingEdits(), Clock.systemDefaultZone());
        offers = new OffersController(workspace, stage, review);
        markReviewedItem.setDisable(false);
        changesSinceReviewItem.setDisable(false);
        offersTab.setContent(Fxml.load(OffersController.class, "OffersView.fxml", () -> offers));
        io.offerbench.ui.common.StartupTrace.mark("offersView");
        sharing = new SharingActions(workspace, stage, files, openDatabase);
        report = new ReportAction(workspace, stage, files, showDocument);
        // The other screens are built when first shown; the ranking itself is computed from the start.
        LazyTabs lazy = new LazyTabs(tabs);
        lazy.add(rankingTab, () -> Fxml.load(RankingController.class, "RankingView.fxml", () -> new RankingController(workspace, stage)));
        lazy.add(compareTab, () -> {
            CompareController compare = new CompareController(workspace, stage);
            compare.showWhile(compareTab.selectedProperty()); // hidden, its check boxes and charts are not rebuilt
            return Fxml.load(CompareController.class, "CompareView.fxml", () -> compare);
        });
        lazy.add(benchmarksTab, () -> Fxml.load(BenchmarksController.class, "BenchmarksView.fxml",
                () -> new BenchmarksController(workspace, stage)));
        lazy.add(currenciesTab, () -> Fxml.load(CurrenciesController.class, "CurrenciesView.fxml",
                () -> new CurrenciesController(workspace, stage)));
        workspace.scoring();

        installDesktop();
        followSavedTheme(work);
        followSavedLanguage(work);
        workspace.reloadOffers(() -> {
            if (workspace.offers().isEmpty()) {
                review.model().refresh(); // no offers arrived, so the banner would not look by itself
            }
            tabs.setDisable(false);
            placeholder.setVisible(false);
            offers.selectFirst();
            reopenLastTab(work);
            welcomeOrSampleBanner();
            if (pendingImport != null) {
                sharing.importComparison(pendingImport);
                pendingImport = null;
            }
            io.offerbench.ui.common.StartupTrace.mark("listed");
            onListed.run();
            InteractiveSignal.whenRanked(workspace, () -> {
                takeStartupBackup();
                onInteractive.run();
            });
        });
    }

    /** Edit menu, tab shortcuts, Help's guide and shortcut list, and files dropped on the window (issue 16). */
    private void installDesktop() {
        WindowMenus.insertEdit(menuBar, WindowMenus.editMenu(workspace.history(), () -> {
            tabs.getSelectionModel().select(offersTab);
            offers.focusSearch();
        }));
        darkThemeItem.getParentMenu().getItems().addAll(WindowMenus.tabItems(tabs));
        deleteItem.setAccelerator(new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN));
        deleteItem.disableProperty().bind(Bindings.isEmpty(workspace.offers()));
        duplicateItem.disableProperty().bind(Bindings.isEmpty(workspace.offers()));
        Menu help = menuBar.getMenus().get(menuBar.getMenus().size() - 1);
        MenuItem guide = new MenuItem(Messages.get("menu.help.guide"));
        guide.setOnAction(e -> UserGuideDialog.show(stage));
        MenuItem keys = new MenuItem(Messages.get("menu.help.shortcuts"));
        keys.setId("shortcutsItem");
        keys.setOnAction(e -> ShortcutsDialog.show(stage, menuBar));
        help.getItems().addAll(0, List.of(guide, keys, new SeparatorMenuItem()));
        FileDrop.install(menuBar.getParent(), sharing);
    }

    /**
     * An empty comparison opens on the welcome page; a sample comparison shows the bar that says so, with the way
     * back to the user's own offers and the one click that removes the sample.
     */
    private void welcomeOrSampleBanner() {
        work.run(() -> SampleComparison.returnTo(database), returnTo -> {
            BorderPane root = (BorderPane) menuBar.getParent();
            StackPane center = (StackPane) tabs.getParent();
            if (returnTo.isPresent()) {
                Path sample = databaseFile;
                root.setTop(null);
                root.setTop(new VBox(menuBar, SampleBanner.create(() -> openDatabase.accept(returnTo.get()), () -> {
                    openDatabase.accept(returnTo.get());
                    tasks.run(Lane.DATABASE, () -> {
                        SampleComparison.remove(sample);
                        return sample;
                    }, removed -> { }, this::showError);
                })));
            } else if (workspace.offers().isEmpty()) {
                WelcomePage welcome = new WelcomePage(() -> tasks.run(Lane.DATABASE, () -> SampleComparison.open(databaseFile),
                        openDatabase::accept, this::showError), () -> {
                            center.getChildren().removeIf(n -> "welcomePage".equals(n.getId()));
                            tabs.getSelectionModel().select(offersTab);
                            offers.addOffer();
                        });
                center.getChildren().add(welcome.root());
                Runnable dismiss = () -> center.getChildren().remove(welcome.root());
                dismissWelcome = dismiss;
                welcome.focusFirstOffer();
                workspace.offers().addListener((javafx.collections.ListChangeListener<Object>) c -> dismiss.run());
                tabs.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> dismiss.run());
                tabs.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> dismiss.run());
                // The card belongs to the empty Offers tab: another tab, chosen in any way, is never covered by it.
                tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> dismiss.run());
            }
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
        work.run(database::takeStartupBackup, problem -> problem.ifPresent(this::showBackupProblem));
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

    /** The window reopens on the tab the user left it on (an advisor returns straight to Ranking or Compare). */
    private void reopenLastTab(BackgroundWork work) {
        work.run(() -> database.settings().get(LAST_TAB), last -> {
            last.flatMap(id -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst())
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> work.run(() -> {
                database.settings().put(LAST_TAB, tab.getId());
                return tab;
            }, saved -> { }));
        });
    }

    /** The theme is kept with the data (like the last tab), and the View menu's check box follows it. */
    private void followSavedTheme(BackgroundWork work) {
        work.run(() -> database.settings().get(THEME), saved -> {
            theme.darkProperty().set(saved.map(DARK::equals).orElse(false));
            darkThemeItem.setDisable(false);
            darkThemeItem.setSelected(theme.isDark());
            darkThemeItem.selectedProperty().addListener((o, was, dark) -> {
                theme.darkProperty().set(dark);
                work.run(() -> {
                    database.settings().put(THEME, dark ? DARK : LIGHT);
                    return dark;
                }, done -> { });
            });
        });
    }

    /**
     * View › Language: the choice is kept with the window's other preferences, then the window is built
     * afresh in that language on the same file (unsaved edits are flushed first, as on any reopen).
     */
    private void followSavedLanguage(BackgroundWork work) {
        work.run(() -> LanguageChoice.fromSetting(database.settings().get(LanguageChoice.SETTING)), saved -> {
            ToggleGroup group = new ToggleGroup();
            languageEnglishItem.setUserData(LanguageChoice.of(Language.ENGLISH));
            languageChineseItem.setUserData(LanguageChoice.of(Language.SIMPLIFIED_CHINESE));
            languageSystemItem.setUserData(LanguageChoice.followSystem());
            for (RadioMenuItem item : new RadioMenuItem[] {languageEnglishItem, languageChineseItem, languageSystemItem}) {
                item.setToggleGroup(group);
                item.setSelected(saved.equals(item.getUserData()));
            }
            languageMenu.setDisable(false);
            group.selectedToggleProperty().addListener((o, was, now) -> {
                if (now == null || now.getUserData().equals(saved)) {
                    return;
                }
                LanguageChoice chosen = (LanguageChoice) now.getUserData();
                work.run(() -> {
                    database.settings().put(LanguageChoice.SETTING, chosen.settingValue());
                    return chosen;
                }, done -> {
                    if (done.language() != Texts.language()) {
                        Texts.use(done.language());
                        openDatabase.accept(databaseFile);
                    }
                });
            });
        });
    }

    void showOpenFailure(Throwable failure) {
        openProblems.show(failure, databaseFile);
    }

    private void showError(Throwable failure) {
        Dialogs.error(stage, Messages.get("dialog.error.title"), failure.getMessage());
    }

    boolean isAttached() {
        return database != null;
    }

    /**
     * Saves what the editor holds and closes the database, both queued on the database lane, so the
     * close comes after the save and the FX thread never waits; work asked for later is dropped.
     */
    void close() {
        closed = true;
        if (offers != null) {
            offers.flushPendingEdits();
        }
        if (report != null) {
            report.cancel();
        }
        if (database != null) {
            Database db = database;
            tasks.run(Lane.DATABASE, () -> closeDatabase(db), done -> { }, failure -> { }); // close never throws
            work.close();
        }
    }

    private static Database closeDatabase(Database db) {
        db.close();
        return db;
    }

    @FXML
    private void onNewOffer() {
        dismissWelcome.run();
        if (offers != null) {
            offers.addOffer();
        }
    }

    @FXML
    private void onDuplicate() {
        if (offers != null) {
            offers.duplicateSelected();
        }
    }

    @FXML
    private void onDelete() {
        if (offers != null) {
            offers.deleteSelected();
        }
    }

    @FXML
    private void onRestoreBackup() {
        if (workspace != null) {
            new RestoreFromBackup(stage, workspace, offers::flushPendingEdits, offers::selectFirst).start();
        }
    }

    @FXML
    private void onImportCsv() {
        if (sharing != null) {
            sharing.importCsv();
        }
    }

    @FXML
    private void onExportCsv() {
        if (sharing != null) {
            sharing.exportCsv();
        }
    }

    @FXML
    private void onImportComparison() {
        if (sharing != null) {
            sharing.importComparison();
        }
    }

    @FXML
    private void onExportComparison() {
        if (sharing != null) {
            sharing.exportComparison();
        }
    }

    @FXML
    private void onReport() {
        if (report != null) {
            report.start();
        }
    }

    @FXML
    private void onMarkReviewed() {
        if (review != null) {
            review.markReviewed();
        }
    }

    @FXML
    private void onChangesSinceReview() {
        if (review != null) {
            review.showChanges();
        }
    }

    @FXML
    private void onQuit() {
        stage.close();
        Platform.exit();
    }

    @FXML
    private void onAbout() {
        AboutDialog.show(stage);
    }
}
