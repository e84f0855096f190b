package io.offerbench.ui.main;

import io.offerbench.ui.common.Messages;
import javafx.scene.control.Tab;

/**
 * The window's tabs, in the order shown. A tab's id is what the window remembers as the last tab (setting
 * {@code ui.last_tab}) and what View > (Ctrl+1..5) items are named after, so it never changes.
 */
enum Screen {
    OFFERS("offersTab", "tab.offers"),
    RANKING("rankingTab", "tab.ranking"),
    COMPARE("compareTab", "tab.compare"),
    BENCHMARKS("benchmarksTab", "tab.benchmarks"),
    CURRENCIES("currenciesTab", "tab.currencies");

    private final String tabId;
    private final String titleKey;

    Screen(String tabId, String titleKey) {
        this.tabId = tabId;
        this.titleKey = titleKey;
    }

    /** An empty tab for this screen; {@link Screens} builds what it shows. */
    Tab newTab() {
        Tab tab = new Tab(Messages.get(titleKey));
        tab.setId(tabId);
        tab.setUserData(this);
        return tab;
    }

    static Screen of(Tab tab) {
        return (Screen) tab.getUserData();
    }
}
