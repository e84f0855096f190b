package io.offerbench.ui.main;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Builds a tab's screen the first time it is shown, not at start: the window is interactive
 * sooner, and a screen the user never opens (charts, benchmarks, currencies) costs nothing.
 */
final class LazyTabs {

    private final Map<Tab, Supplier<? extends Node>> pending = new HashMap<>();

    LazyTabs(TabPane tabs) {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> fill(now));
    }

    /** {@code content} is built when {@code tab} is first selected (at once if it already is). */
    void add(Tab tab, Supplier<? extends Node> content) {
        pending.put(tab, content);
        if (tab.isSelected()) {
            fill(tab);
        }
    }

    private void fill(Tab tab) {
        Supplier<? extends Node> content = pending.remove(tab);
        if (content != null) {
            tab.setContent(content.get());
        }
    }
}
