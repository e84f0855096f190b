package io.offerbench.ui.common;

import java.net.URL;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Light or dark, for every window the program opens: the main window and each dialog (alerts,
 * choosers of our own, progress) get the OfferBench stylesheet and, when dark, the {@code dark}
 * style class on their root, whose rule redefines the colour tokens. Dialogs are styled as they
 * appear, by watching the list of open windows, so no dialog can be forgotten.
 */
public final class ThemeSwitch {

    /** The style class that switches the colour tokens (see offerbench.css). */
    public static final String DARK_CLASS = "dark";

    private final String stylesheet;
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::follow);
        }
    };

    /** Call on the FX thread; {@link #close()} stops watching new windows. */
    public ThemeSwitch(URL stylesheet) {
        this.stylesheet = Objects.requireNonNull(stylesheet, "stylesheet").toExternalForm();
        Window.getWindows().addListener(newWindows);
        Window.getWindows().forEach(this::follow);
        dark.addListener((o, was, now) -> Window.getWindows().forEach(w -> style(w.getScene())));
    }

    public void close() {
        Window.getWindows().removeListener(newWindows);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    /** Styles a scene now and whenever its root is replaced (the main window swaps roots on reopen). */
    public void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
            scene.rootProperty().addListener((o, a, root) -> styleRoot(root));
        }
        styleRoot(scene.getRoot());
    }

    private void follow(Window window) {
        style(window.getScene());
        window.sceneProperty().addListener((o, a, scene) -> style(scene));
    }

    private void styleRoot(Parent root) {
        if (root == null) {
            return;
        }
        root.getStyleClass().remove(DARK_CLASS);
        if (dark.get()) {
            root.getStyleClass().add(DARK_CLASS);
        }
    }
}
