package io.offerbench.ui.main;

import io.offerbench.text.Language;
import io.offerbench.text.LanguageChoice;
import io.offerbench.text.Texts;
import io.offerbench.ui.session.WindowSettings;
import io.offerbench.ui.session.WindowSettings.Key;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.ThemeSwitch;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * View: the dark theme (or the system's), the language, and one item per tab (Ctrl+1..5). The theme, the language and the last tab
 * shown are kept with the data as window preferences ({@code ui.*} settings, which comparison files leave out).
 */
final class ViewMenu {

    private static final String DARK = "dark";
    private static final String LIGHT = "light";
    /** The saved theme when it follows the desktop's (see {@link io.offerbench.ui.common.SystemTheme}). */
    private static final String SYSTEM = "system";

    private final ThemeSwitch theme;
    private final TabPane tabs;
    private final Runnable redraw;
    private final LeaveGuard leave;
    private final CheckMenuItem darkTheme = new CheckMenuItem(Messages.get("menu.view.dark"));
    private final CheckMenuItem systemTheme = new CheckMenuItem(Messages.get("menu.view.systemTheme"));
    private final Menu language = new Menu(Messages.get("menu.view.language"));
    private final RadioMenuItem english = new RadioMenuItem(Messages.get("enum.Language.ENGLISH"));
    private final RadioMenuItem chinese = new RadioMenuItem(Messages.get("enum.Language.SIMPLIFIED_CHINESE"));
    private final RadioMenuItem system = new RadioMenuItem(Messages.get("menu.view.language.system"));

    /**
     * @param redraw builds the window afresh on the same file (after the language changed)
     * @param leave  asks about the editor's unsaved edits before the window is built afresh
     */
    ViewMenu(Menu menu, TabPane tabs, ThemeSwitch theme, Runnable redraw, LeaveGuard leave) {
        this.theme = theme;
        this.tabs = tabs;
        this.redraw = redraw;
        this.leave = leave;
        darkTheme.setId("darkThemeItem");
        darkTheme.setDisable(true);
        systemTheme.setId("systemThemeItem");
        systemTheme.setDisable(true);
        language.setId("languageMenu");
        language.setDisable(true);
        english.setId("languageEnglishItem");
        chinese.setId("languageChineseItem");
        system.setId("languageSystemItem");
        language.getItems().setAll(english, chinese, new SeparatorMenuItem(), system);
        menu.getItems().setAll(darkTheme, systemTheme, language);
        menu.getItems().addAll(tabItems(tabs));
    }

    void attach(OpenComparison open) {
        WindowSettings settings = new WindowSettings(open.database(), open.work());
        followSavedTheme(settings);
        followSavedLanguage(settings);
    }

    /** One item per tab, Ctrl+1 for the first. */
    private static List<MenuItem> tabItems(TabPane tabs) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        List<MenuItem> items = new ArrayList<>();
        items.add(new SeparatorMenuItem());
        for (int i = 0; i < tabs.getTabs().size() && i < digits.length; i++) {
            Tab tab = tabs.getTabs().get(i);
            MenuItem item = new MenuItem();
            item.textProperty().bind(tab.textProperty());
            item.setId("show" + tab.getId());
            item.setAccelerator(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> tabs.getSelectionModel().select(tab));
            items.add(item);
        }
        return items;
    }

    /**
     * The theme is kept with the data, and the check boxes follow it. Following the system, the theme is what the
     * desktop says when the window opens (light when it does not say: Windows and macOS keep it where only a program
     * reads it), and Dark theme shows that answer without being chosen.
     */
    private void followSavedTheme(WindowSettings settings) {
        settings.read(Key.THEME, saved -> {
            boolean following = saved.map(SYSTEM::equals).orElse(false);
            theme.darkProperty().set(following ? systemSaysDark() : saved.map(DARK::equals).orElse(false));
            darkTheme.setDisable(following);
            darkTheme.setSelected(theme.isDark());
            systemTheme.setDisable(false);
            systemTheme.setSelected(following);
            darkTheme.selectedProperty().addListener((o, was, dark) -> {
                theme.darkProperty().set(dark);
                if (!systemTheme.isSelected()) {
                    settings.write(Key.THEME, dark ? DARK : LIGHT);
                }
            });
            systemTheme.selectedProperty().addListener((o, was, follow) -> {
                darkTheme.setDisable(follow);
                if (follow) {
                    darkTheme.setSelected(systemSaysDark());
                    settings.write(Key.THEME, SYSTEM);
                } else {
                    settings.write(Key.THEME, darkTheme.isSelected() ? DARK : LIGHT);
                }
            });
        });
    }

    private static boolean systemSaysDark() {
        return io.offerbench.ui.common.SystemTheme.read() == io.offerbench.ui.common.SystemTheme.Answer.DARK;
    }

    /**
     * The language chosen is kept with the window's other preferences, then the window is built afresh in that
     * language on the same file, once the editor's unsaved edits are saved or discarded as the user chose (cancel,
     * and the language stays as it was).
     */
    private void followSavedLanguage(WindowSettings settings) {
        settings.read(Key.LANGUAGE, stored -> {
            LanguageChoice saved = LanguageChoice.fromSetting(stored);
            ToggleGroup group = new ToggleGroup();
            english.setUserData(LanguageChoice.of(Language.ENGLISH));
            chinese.setUserData(LanguageChoice.of(Language.SIMPLIFIED_CHINESE));
            system.setUserData(LanguageChoice.followSystem());
            for (RadioMenuItem item : new RadioMenuItem[] {english, chinese, system}) {
                item.setToggleGroup(group);
                item.setSelected(saved.equals(item.getUserData()));
            }
            language.setDisable(false);
            group.selectedToggleProperty().addListener((o, was, now) -> {
                if (now == null || now.getUserData().equals(saved)) {
                    return;
                }
                LanguageChoice chosen = (LanguageChoice) now.getUserData();
                leave.leave(() -> settings.write(Key.LANGUAGE, chosen.settingValue(), () -> {
                    if (chosen.language() != Texts.language()) {
                        Texts.use(chosen.language());
                        redraw.run();
                    }
                }), () -> group.selectToggle(was));
            });
        });
    }
}
