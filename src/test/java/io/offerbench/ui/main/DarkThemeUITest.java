package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import io.offerbench.ui.common.ThemeSwitch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;

/** View > Dark theme darkens the window, its dialogs and the charts, and is remembered with the data. */
class DarkThemeUITest extends AppUITest {

    @Test
    void darkThemeReachesWindowDialogsAndChartsAndIsRemembered() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        app.start(db);
        assertThat(rootIsDark()).isFalse();

        app.clickOn("View");
        app.clickOn("Dark theme");
        app.waitUntil(this::rootIsDark);

        // The charts are not CSS: they follow by being rebuilt in the dark style.
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(2));
        ChartViewer chart = app.node("#payChart", ChartViewer.class);
        app.waitUntil(() -> chart.isVisible() && chart.getChart().getBackgroundPaint() instanceof java.awt.Color c
                && brightness(c) < 0.3);

        // A dialog opened afterwards is dark too.
        app.clickOn("Help");
        app.clickOn("About OfferBench");
        app.waitUntil(() -> app.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = app.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(about.getScene().getRoot().getStyleClass()).contains(ThemeSwitch.DARK_CLASS);
        app.interact(() -> about.getScene().getWindow().hide());

        app.stop();
        assertThat(setting(db)).contains("dark");

        app.start(db);
        app.waitUntil(this::rootIsDark);
    }

    private boolean rootIsDark() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .anyMatch(w -> w.getScene().getRoot().getStyleClass().contains(ThemeSwitch.DARK_CLASS)
                        && w.getScene().lookup("#tabs") != null);
    }

    private static Optional<String> setting(Path db) throws Exception {
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            return database.settings().get("ui.theme");
        }
    }

    private static double brightness(java.awt.Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255.0;
    }
}
