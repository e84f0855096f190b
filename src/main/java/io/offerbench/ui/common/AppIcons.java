package io.offerbench.ui.common;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;

/** The app icon (drawn in assets/icon/offerbench.svg; the build copies its PNG sizes into the jar). */
public final class AppIcons {

    private AppIcons() {
    }

    /** Every size, for a window's icon list: the desktop picks the one it needs. */
    public static List<Image> forWindow() {
        return IntStream.of(16, 32, 48, 64, 128, 256).mapToObj(AppIcons::ofSize).toList();
    }

    public static Image ofSize(int pixels) {
        return new Image(AppIcons.class.getResource("/io/offerbench/ui/icon/offerbench-" + pixels + ".png").toExternalForm());
    }
}
