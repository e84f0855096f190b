package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.text.Language;
import io.offerbench.text.LanguageChoice;
import io.offerbench.text.Texts;
import io.offerbench.ui.AppUITest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** View > Language redraws the whole window in the language chosen, dialogs included, and the file remembers it. */
class LanguageUITest extends AppUITest {

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void chineseReachesTabsMenusAndDialogsIsRememberedAndEnglishComesBack() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        app.start(db);
        assertThat(tabTexts()).contains("Ranking");

        choose("Language", "简体中文");
        app.waitUntil(() -> tabTexts().contains("排名"));
        assertThat(tabTexts()).containsExactly("Offer", "排名", "对比", "市场基准", "汇率与估算");

        // A dialog's standard button speaks the window's language, not the machine's.
        app.clickOn("帮助(H)");
        app.clickOn("关于 OfferBench");
        app.waitUntil(() -> app.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = app.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Button) about.lookupButton(ButtonType.CLOSE)).getText()).isEqualTo("关闭");
        app.interact(() -> about.getScene().getWindow().hide());

        app.stop();
        assertThat(setting(db)).contains("zh-CN");
        Texts.use(Language.ENGLISH); // a new start on an English machine: the file's choice wins
        app.start(db);
        app.waitUntil(() -> tabTexts().contains("排名"));

        choose("语言 (Language)", "English");
        app.waitUntil(() -> tabTexts().contains("Ranking"));
        app.stop();
        assertThat(setting(db)).contains("en");
    }

    /**
     * View › Language › {@code item}, chosen as a click on the item does (it selects the radio item). The robot's own click
     * on a submenu item races the submenu popup on a busy machine; what is tested is what the choice does.
     */
    private void choose(String submenu, String item) throws Exception {
        app.waitUntil(() -> languageItem(submenu, item).map(i -> !i.getParentMenu().isDisable()).orElse(false));
        javafx.scene.control.MenuItem choice = languageItem(submenu, item).orElseThrow();
        app.interact(() -> ((javafx.scene.control.RadioMenuItem) choice).setSelected(true));
    }

    private Optional<javafx.scene.control.MenuItem> languageItem(String submenu, String item) {
        javafx.scene.control.MenuBar bar = app.node(".menu-bar", javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(m -> m instanceof javafx.scene.control.Menu && submenu.equals(m.getText()))
                .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> item.equals(i.getText())).findFirst();
    }

    private java.util.List<String> tabTexts() {
        try { // while the window is redrawn there is a moment without tabs
            return app.node("#tabs", TabPane.class).getTabs().stream().map(t -> t.getText()).toList();
        } catch (RuntimeException notYet) {
            return java.util.List.of();
        }
    }

    private static Optional<String> setting(Path db) throws Exception {
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            return database.settings().get(LanguageChoice.SETTING);
        }
    }
}
