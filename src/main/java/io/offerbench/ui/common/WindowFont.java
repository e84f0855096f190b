package io.offerbench.ui.common;

import io.offerbench.text.BundledFont;
import javafx.scene.text.Font;

/**
 * Makes the bundled family known to JavaFX before the first window is styled; offerbench.css sets it on every
 * root, so every control, table, dialog and tooltip draws Latin and Chinese with it, also on a machine without
 * a CJK font of its own.
 */
public final class WindowFont {

    private static boolean loaded;

    private WindowFont() {
    }

    /** Call on the FX thread before the first scene is shown; later calls do nothing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (boolean bold : new boolean[] {false, true}) {
            if (Font.loadFont(BundledFont.open(bold), Font.getDefault().getSize()) == null) {
                throw new IllegalStateException("JavaFX cannot read the bundled font " + BundledFont.FAMILY);
            }
        }
        loaded = true;
    }
}
