package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import io.offerbench.ui.common.SystemTheme;
import io.offerbench.ui.common.ThemeSwitch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

/**
 * View › Follow the system's theme: the window takes the desktop's answer (light where it does not say), Dark theme
 * shows it and cannot be chosen meanwhile, and the choice is kept with the file; leaving it keeps the theme on screen.
 */
class SystemThemeUITest extends AppUITest {

    @Test
    void followingTheSystemIsKeptAndLeavingItKeepsTheThemeOnScreen() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        app.start(db);
        CheckMenuItem dark = (CheckMenuItem) item("darkThemeItem");
        CheckMenuItem system = (CheckMenuItem) item("systemThemeItem");
        app.waitUntil(() -> !system.isDisable());
        app.interact(() -> dark.setSelected(true));
        app.interact(() -> system.setSelected(true));

        boolean systemDark = SystemTheme.read() == SystemTheme.Answer.DARK;
        assertThat(dark.isDisable()).as("Dark theme is the system's while following it").isTrue();
        assertThat(dark.isSelected()).isEqualTo(systemDark);
        assertThat(app.node("#tabs", javafx.scene.Node.class).getScene().getRoot().getStyleClass().contains(ThemeSwitch.DARK_CLASS))
                .as("the window's theme").isEqualTo(systemDark);
        app.stop();
        assertThat(theme(db)).contains("system");

        app.start(db);
        CheckMenuItem again = (CheckMenuItem) item("systemThemeItem");
        app.waitUntil(() -> !again.isDisable());
        assertThat(again.isSelected()).as("remembered").isTrue();
        app.interact(() -> again.setSelected(false));
        assertThat(item("darkThemeItem").isDisable()).isFalse();
        app.stop();
        assertThat(theme(db)).contains(systemDark ? "dark" : "light");
    }

    private MenuItem item(String id) {
        MenuBar bar = app.node(".menu-bar", MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Optional<String> theme(Path db) throws Exception {
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            return database.settings().get("ui.theme");
        }
    }
}
