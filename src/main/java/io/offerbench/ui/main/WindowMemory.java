package io.offerbench.ui.main;

import io.offerbench.store.OwnerOnlyFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the window remembers for this user, whichever comparison is open (issue 16): its size and place, the
 * split panes' dividers, the last tab and the files recently imported. Kept in a small properties file in the
 * user's configuration folder ({@code $XDG_CONFIG_HOME/offerbench}, {@code ~/.config/offerbench},
 * {@code %APPDATA%\OfferBench}, {@code ~/Library/Preferences/OfferBench}), or where the system property
 * {@value #FILE_PROPERTY} says (the GUI tests give each test its own). A file that cannot be read is ignored:
 * the window then opens as on a first run.
 */
final class WindowMemory {

    static final String FILE_PROPERTY = "offerbench.window.file";
    static final int RECENT_FILES = 8;
    private static final String TAB = "tab";
    private static final String RECENT = "recent.";

    private final Path file;
    private final Properties values = new Properties();

    private WindowMemory(Path file) {
        this.file = file;
    }

    /** Reads the file (a few hundred bytes, once at start). */
    static WindowMemory load() {
        WindowMemory memory = new WindowMemory(location(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
        if (Files.isRegularFile(memory.file)) {
            try (InputStream in = Files.newInputStream(memory.file)) {
                memory.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                memory.values.clear(); // unreadable: start as on a first run
            }
        }
        return memory;
    }

    static Path location(Map<String, String> env, String osName, Path home) {
        String chosen = System.getProperty(FILE_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path dir;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            dir = (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("OfferBench");
        } else if (os.startsWith("mac")) {
            dir = home.resolve("Library").resolve("Preferences").resolve("OfferBench");
        } else {
            String xdg = env.get("XDG_CONFIG_HOME");
            dir = (xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config")).resolve("offerbench");
        }
        return dir.resolve("window.properties");
    }

    /** Puts the window where it was, if that place is still on one of the screens. */
    void placeStage(Stage stage) {
        Optional<Rectangle2D> saved = number("window.x").flatMap(x -> number("window.y").flatMap(y -> number("window.width")
                .flatMap(w -> number("window.height").map(h -> new Rectangle2D(x, y, w, h)))));
        saved.filter(r -> r.getWidth() >= stage.getMinWidth() && r.getHeight() >= stage.getMinHeight()
                        && !Screen.getScreensForRectangle(r.getMinX() + 40, r.getMinY() + 10, 80, 20).isEmpty())
                .ifPresent(r -> {
                    stage.setX(r.getMinX());
                    stage.setY(r.getMinY());
                    stage.setWidth(r.getWidth());
                    stage.setHeight(r.getHeight());
                });
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("window.maximized", "false")));
    }

    void rememberStage(Stage stage) {
        values.setProperty("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            values.setProperty("window.x", String.valueOf(stage.getX()));
            values.setProperty("window.y", String.valueOf(stage.getY()));
            values.setProperty("window.width", String.valueOf(stage.getWidth()));
            values.setProperty("window.height", String.valueOf(stage.getHeight()));
        }
    }

    /** The tab the user left the window on, by its id; then remembers each tab chosen. */
    void followTab(TabPane tabs) {
        Optional.ofNullable(values.getProperty(TAB))
                .flatMap(id -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst())
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            if (tab != null) {
                values.setProperty(TAB, tab.getId());
            }
        });
    }

    /**
     * Puts back the dividers of the split panes in a screen just built, named by {@code screen} and their order
     * in it, then remembers where the user drags them.
     */
    void followDividers(String screen, Node content) {
        List<SplitPane> panes = new ArrayList<>();
        collect(content, panes);
        for (int p = 0; p < panes.size(); p++) {
            SplitPane pane = panes.get(p);
            String prefix = "divider." + screen + "." + p + ".";
            // A split pane's first layout moves its dividers to suit its contents: put them back after it.
            Runnable restore = () -> {
                List<SplitPane.Divider> dividers = pane.getDividers();
                for (int d = 0; d < dividers.size(); d++) {
                    String key = prefix + d;
                    number(key).filter(v -> v > 0.05 && v < 0.95).ifPresent(dividers.get(d)::setPosition);
                    dividers.get(d).positionProperty().addListener((o, was, now) -> values.setProperty(key, String.valueOf(now.doubleValue())));
                }
            };
            if (pane.getWidth() > 0) {
                restore.run();
            } else {
                pane.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                        if (now.doubleValue() > 0) {
                            pane.widthProperty().removeListener(this);
                            javafx.application.Platform.runLater(restore);
                        }
                    }
                });
            }
        }
    }

    private static void collect(Node node, List<SplitPane> found) {
        if (node instanceof SplitPane split) {
            found.add(split);
            split.getItems().forEach(item -> collect(item, found));
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), found);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    /** The files recently imported, newest first, that are still there. */
    List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_FILES; i++) {
            String p = values.getProperty(RECENT + i);
            if (p != null && !p.isBlank()) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    void addRecentFile(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT_FILES; i++) {
            if (i < list.size()) {
                values.setProperty(RECENT + i, list.get(i).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
    }

    /** Writes the file, replacing the old one whole (never half-written). Not on the FX thread. */
    void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            values.store(out, "OfferBench window: size, place, dividers, last tab, recent files");
        }
        OwnerOnlyFiles.moveIntoPlace(temp, file);
    }

    /** A copy of what is remembered now, to save off the FX thread while the window goes on changing. */
    WindowMemory snapshot() {
        WindowMemory copy = new WindowMemory(file);
        copy.values.putAll(values);
        return copy;
    }

    private Optional<Double> number(String key) {
        try {
            return Optional.ofNullable(values.getProperty(key)).map(Double::valueOf).filter(Double::isFinite);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
