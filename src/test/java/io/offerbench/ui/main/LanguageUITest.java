package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.text.Language;
import io.offerbench.text.LanguageChoice;
import io.offerbench.text.Texts;
import io.offerbench.ui.AppUITest;
import java.nio.file.Path;
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

        app.clickOn("View");
        app.clickOn("Language");
        app.clickOn("简体中文");
        app.waitUntil(() -> tabTexts().contains("排名"));
        assertThat(tabTexts()).containsExactly("Offer", "排名", "对比", "市场基准", "汇率与估算");

        // A dialog's standard button speaks the window's language, not the machine's.
        app.clickOn("帮助(H)");
        app.clickOn("关于 OfferBench");
        app.waitUntil(() -> app.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = app.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Button) about.lookupButton(ButtonType.OK)).getText()).isEqualTo("确定");
        app.interact(() -> about.getScene().getWindow().hide());

        app.stop();
        assertThat(setting(db)).contains("zh-CN");
        Texts.use(Language.ENGLISH); // a new start on an English machine: the file's choice wins
        app.start(db);
        app.waitUntil(() -> tabTexts().contains("排名"));

        app.clickOn("视图(V)");
        app.clickOn("语言 (Language)");
        app.clickOn("English");
        app.waitUntil(() -> tabTexts().contains("Ranking"));
        app.stop();
        assertThat(setting(db)).contains("en");
    }

    private java.util.List<String> tabTexts() {
        try { // while the window is redrawn there is a moment without tabs
            return app.node("#tabs", TabPane.class).getTabs().stream().map(t -> t.getText()).toList();
        } catch (RuntimeException notYet) {
            return java.util.List.of();
        }
    }

    private static Optional<String> setting(Path db) throws Exception {
        try (Database database = Database.open(db)) {
            return database.settings().get(LanguageChoice.SETTING);
        }
    }
}
