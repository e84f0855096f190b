package io.offerbench.tools;

import io.offerbench.cli.Cli;
import io.offerbench.ui.AppDriver;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window on the sample comparison through every main view, for the README's screenshots
 * ({@code ReadmeScreenshots}) and the layout check at 1024x700 ({@code LayoutFitsUITest}).
 */
public final class ScreenTour {

    /** The tabs of the main window, in order, with the name their screenshot files get. */
    public static final List<String> TABS = List.of("offers", "ranking", "compare", "benchmarks", "currencies");

    /** The sections of the Currencies & estimates tab, in order, with the name their pictures get. */
    public static final List<String> CURRENCY_SECTIONS = List.of("rates", "reference", "tax", "living", "estimates");

    public final AppDriver app = new AppDriver();

    /** A database holding the bundled sample comparison (assets/sample). */
    public static Path sampleDatabase(Path dir) {
        Path db = dir.resolve("sample.db");
        StringWriter out = new StringWriter();
        int exit = Cli.run(new String[] {"--db", db.toString(), "import", "assets/sample/sample-comparison.offerbench.json"},
                new PrintWriter(out), new PrintWriter(out));
        if (exit != 0) {
            throw new IllegalStateException("sample import failed: " + out);
        }
        return db;
    }

    public void start(Path db) throws TimeoutException {
        app.start(db);
    }

    public void stop() throws TimeoutException {
        app.stop();
    }

    /** Selects tab {@code index} (0-based) and waits until what it shows has been built. */
    public void showTab(int index) throws TimeoutException {
        TabPane tabs = app.node("#tabs", TabPane.class);
        app.interact(() -> tabs.getSelectionModel().select(index));
        if (index == 0) {
            app.interact(() -> {
                TableView<?> table = (TableView<?>) tabs.getTabs().get(0).getContent().lookup("#table");
                if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            });
        }
        settle();
    }

    /** On the Currencies & estimates tab (shown), selects section {@code index} (0-based) of {@link #CURRENCY_SECTIONS}. */
    public void showCurrencySection(int index) {
        TabPane sections = app.node("#currencySections", TabPane.class);
        app.interact(() -> sections.getSelectionModel().select(index));
        settle();
    }

    /** Lets background work (scoring, charts) finish and the frame be drawn. */
    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void setDark(boolean dark) throws TimeoutException {
        CheckMenuItem item = (CheckMenuItem) menuItem("darkThemeItem");
        if (item.isSelected() != dark) {
            app.interact(() -> item.setSelected(dark));
        }
        settle();
    }

    public MenuItem menuItem(String id) {
        MenuBar bar = app.node("#menuBar", MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new IllegalArgumentException("no menu item " + id);
    }

    public void resizeWindow(double width, double height) {
        app.interact(() -> {
            Window w = mainScene().getWindow();
            w.setWidth(width);
            w.setHeight(height);
        });
        settle();
    }

    public Scene mainScene() {
        return app.node("#tabs", TabPane.class).getScene();
    }

    /** The main window as a PNG file, as drawn. */
    public void snapshot(Path file) {
        WritableImage[] image = new WritableImage[1];
        app.interact(() -> image[0] = mainScene().snapshot(null));
        write(image[0], file);
    }

    static void write(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
