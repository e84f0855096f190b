package io.offerbench.ui.main;

import io.offerbench.text.Texts;
import io.offerbench.ui.common.AppIcons;
import io.offerbench.ui.common.DialogButtonTexts;
import io.offerbench.ui.common.WindowFont;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.StartupTrace;
import io.offerbench.ui.common.ThemeSwitch;
import io.offerbench.ui.sharing.FilePicker;
import io.offerbench.ui.sharing.SystemFilePicker;
import io.offerbench.ui.tasks.FxTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application and the window's composition root: it creates the one {@link FxTasks}
 * (every background thread) and shuts it down. It shows the window first and opens the database on
 * the database lane, so the first frame appears before any heavy work; a database that cannot be
 * opened gets a dialog that says why and what to do, and is never touched.
 */
public final class App extends Application {

    /** Opening normally takes well under this; past it the window shows its "opening" state instead of nothing. */
    private static final javafx.util.Duration FIRST_SHOW_AT_LATEST = javafx.util.Duration.seconds(2);


    /** The first open of a launch, started by {@link #launchWith} before JavaFX; taken by the first {@link #openDatabase}. */
    private static volatile EarlyLoad early;

    private record EarlyLoad(Path file, FxTasks tasks, CompletableFuture<StartupLoad.Loaded> load) {
    }

    private Path databaseFile;
    private MainWindow window;
    private Stage stage;
    private WindowMemory memory;
    private ThemeSwitch theme;
    private FxTasks tasks;
    private DialogButtonTexts buttonTexts;
    private final FilePicker files;
    /**
     * The window's one clock: everything below reads "now" and "today" from it (ArchUnit forbids the
     * system clock anywhere but the composition roots). Static, because the first open starts before
     * JavaFX makes this object (see {@link #launchWith}).
     */
    private static final Clock SYSTEM_CLOCK = Clock.systemDefaultZone();
    private final Clock clock;
    private boolean quitWhenReady;
    private Path comparisonToOpen;

    /** Used by {@link Application#launch}; the database comes from the command-line parameters. */
    public App() {
        this.files = new SystemFilePicker();
        this.clock = SYSTEM_CLOCK;
    }

    /** Used by tests and by code that already knows the database file. */
    public App(Path databaseFile) {
        this(databaseFile, new SystemFilePicker());
    }

    /** As {@link #App(Path)}, with the file dialogs to use (GUI tests cannot drive native ones). */
    public App(Path databaseFile, FilePicker files) {
        this(databaseFile, files, SYSTEM_CLOCK);
    }

    /** As {@link #App(Path, FilePicker)}, on {@code clock} instead of the system's (GUI tests fix the date). */
    public App(Path databaseFile, FilePicker files, Clock clock) {
        this.databaseFile = databaseFile;
        this.files = files;
        this.clock = clock;
    }

    /** @param quitWhenReady quit as soon as the window is interactive, printing how long that took */
    public static void launchWith(Optional<String> databaseArgument, boolean quitWhenReady) {
        launchWith(databaseArgument, quitWhenReady, Optional.empty());
    }

    /** @param comparison a comparison file to import once the window is open (a double-clicked *.offerbench.json) */
    public static void launchWith(Optional<String> databaseArgument, boolean quitWhenReady, Optional<String> comparison) {
        List<String> args = new ArrayList<>();
        comparison.ifPresent(args::add);
        databaseArgument.ifPresent(p -> args.addAll(List.of("--db", p)));
        if (quitWhenReady) {
            args.add(QuitWhenReady.FLAG);
        }
        // The database is opened, read and ranked while JavaFX starts and the window is built: the two
        // run side by side, and the first frame shows the offers as soon as both are done.
        Path file = DatabaseFileChoice.resolve(databaseArgument);
        FxTasks tasks = new FxTasks();
        early = new EarlyLoad(file, tasks, StartupLoad.start(tasks, file, SYSTEM_CLOCK));
        Application.launch(App.class, args.toArray(String[]::new));
        QuitWhenReady.exitIfTheOpenFailed();
    }

    @Override
    public void init() {
        StartupTrace.mark("init");
        List<String> raw = getParameters().getRaw();
        quitWhenReady = raw.contains(QuitWhenReady.FLAG);
        comparisonToOpen = raw.stream().filter(a -> a.toLowerCase(java.util.Locale.ROOT).endsWith(".offerbench.json"))
                .findFirst().map(Path::of).orElse(null);
        if (databaseFile == null && early != null) {
            databaseFile = early.file();
        } else if (databaseFile == null) {
            int db = raw.indexOf("--db");
            Optional<String> explicit = db >= 0 && db + 1 < raw.size() ? Optional.of(raw.get(db + 1)) : Optional.empty();
            databaseFile = DatabaseFileChoice.resolve(explicit);
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        StartupTrace.mark("start");
        WindowFont.load();
        memory = WindowMemory.load();
        StartupTrace.mark("font");
        tasks = early != null ? early.tasks() : new FxTasks();
        theme = new ThemeSwitch(App.class.getResource("/io/offerbench/ui/offerbench.css"));
        buttonTexts = new DialogButtonTexts();
        StartupTrace.mark("theme");
        window = newWindow();
        StartupTrace.mark("window");
        // Never larger than the screen: small laptop screens (and the headless test screen) stay usable.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1320, screen.getWidth()), Math.min(840, screen.getHeight()));
        theme.style(scene);
        stage.setTitle(Messages.get("app.title"));
        // Six PNGs decoded on the compute lane, not here: the window's first frame does not wait for its icon.
        tasks.run(io.offerbench.ui.tasks.Lane.COMPUTE, AppIcons::forWindow, stage.getIcons()::setAll, failure -> { });
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        memory.placeStage(stage); // where the user left it, if that is still on a screen
        // The first frame shows the real screen: the window appears once the offers are listed, or
        // after FIRST_SHOW_AT_LATEST if opening takes longer (a migration, a slow disk), or at once
        // when the file cannot be opened (the dialog needs its window).
        watch(window, scene);
        PauseTransition latest = new PauseTransition(FIRST_SHOW_AT_LATEST);
        latest.setOnFinished(e -> showStage());
        latest.play();
        openDatabase();
        StartupTrace.mark("start.end");
    }

    /** Shows the stage when {@code w} has listed its offers; with --quit-when-ready, quits once it is interactive. */
    private void watch(MainWindow w, Scene scene) {
        w.whenListed(this::showStage);
        if (quitWhenReady) {
            w.whenInteractive(() -> QuitWhenReady.afterNextFrame(scene));
        }
    }

    /** Closes the open database and shows the window afresh on {@code file}, opened like at start. */
    private void reopenOn(Path file) {
        if (!window.isAttached()) {
            // The last open failed (the open-problem dialogs chose another file or a restored one):
            // keep this window, and the status message it prepared for after the open.
            databaseFile = file;
            openDatabase();
            return;
        }
        window.close(); // queues the old database's close on the database lane, before the new open
        databaseFile = file;
        window = newWindow();
        stage.getScene().setRoot(window.root());
        stage.setTitle(Messages.get("app.title"));
        openDatabase();
    }

    private void showStage() {
        if (!stage.isShowing()) {
            StartupTrace.mark("show");
            stage.show();
        }
    }

    private MainWindow newWindow() {
        return new MainWindow(stage, databaseFile, files, this::reopenOn, theme, this::showDocument, tasks, memory, clock);
    }

    /** The platform's viewer for a file we wrote (a local file: nothing is fetched). */
    private void showDocument(Path file) {
        getHostServices().showDocument(file.toUri().toString());
    }

    /**
     * On the database lane, so it runs after the previous window's database has closed; the first open
     * of a launch was started before JavaFX (see {@link #launchWith}), the others start here.
     */
    private void openDatabase() {
        CompletableFuture<StartupLoad.Loaded> load = early != null && early.file().equals(databaseFile) ? early.load() : null;
        early = null;
        if (load == null) {
            load = StartupLoad.start(tasks, databaseFile, clock);
        }
        load.whenComplete((loaded, failure) -> tasks.onFx(() -> {
            if (failure == null) {
                opened(loaded);
            } else if (quitWhenReady) {
                // Measured from outside (bench/startup.sh): no one is there to answer the open-problem dialog, so
                // the run ends at once with the reason on standard error and a failing exit code.
                QuitWhenReady.cannotOpen(databaseFile, unwrap(failure));
            } else {
                showStage();
                window.showOpenFailure(unwrap(failure));
            }
        }));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private void opened(StartupLoad.Loaded opened) {
        if (opened.language() != Texts.language()) {
            // The file remembers another language than the one the window was drawn in: draw it again
            // (nothing is attached yet, so nothing is lost) before the tabs are filled.
            Texts.use(opened.language());
            window = newWindow();
            watch(window, stage.getScene());
            stage.getScene().setRoot(window.root());
            stage.setTitle(Messages.get("app.title"));
        }
        StartupTrace.mark("attach");
        window.attach(opened);
        StartupTrace.mark("attached");
        if (comparisonToOpen != null) {
            window.importWhenOpen(comparisonToOpen);
            comparisonToOpen = null;
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (theme != null) {
            theme.close();
        }
        if (buttonTexts != null) {
            buttonTexts.close();
        }
        if (tasks != null) {
            if (memory != null) {
                memory.rememberStage(stage);
                WindowMemory remembered = memory.snapshot();
                // On the database lane, whose last work the program waits for below.
                tasks.run(io.offerbench.ui.tasks.Lane.DATABASE, () -> {
                    remembered.save();
                    return remembered;
                }, saved -> { }, failure -> { }); // not remembered: the next start is as a first one
            }
            tasks.shutdown();
            // The last window has gone: let its last save and the database's close finish before the
            // program ends (a test opening the same file next needs the instance lock released).
            tasks.awaitDatabase(Duration.ofSeconds(30));
        }
    }
}
