package io.offerbench.ui.main;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --quit-when-ready}: once the window is interactive, wait until the frame showing that state
 * has been laid out and handed to the renderer (and the next pulse has begun, so that frame is
 * drawn), print the milliseconds since the Java VM started, and quit normally (exit code 0).
 * {@code bench/startup.sh} measures the bare JavaFX window the same way.
 */
public final class QuitWhenReady {

    public static final String FLAG = "--quit-when-ready";

    private QuitWhenReady() {
    }

    public static void afterNextFrame(Scene scene) {
        io.offerbench.ui.common.StartupTrace.mark("interactive");
        afterPulses(scene, 2, () -> {
            // The moment the printed figure is taken: CPU up to here compares starts whose work falls before or after "interactive".
            io.offerbench.ui.common.StartupTrace.mark("painted");
            long ms = ManagementFactory.getRuntimeMXBean().getUptime(); // the time since the VM started, without reading the clock
            System.out.println("interactive after " + ms + " ms since the Java VM started"); // not user text: bench/startup.sh reads this line
            System.out.flush();
            Platform.exit();
        });
    }

    private static void afterPulses(Scene scene, int pulses, Runnable then) {
        Runnable[] listener = new Runnable[1];
        int[] left = {pulses};
        listener[0] = () -> {
            if (--left[0] > 0) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
