package io.offerbench.ui.main;

import io.offerbench.store.DatabaseOpenException;
import io.offerbench.text.Texts;
import io.offerbench.ui.common.Messages;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --quit-when-ready}: once the window is interactive, wait until the frame showing that state
 * has been laid out and handed to the renderer (and the next pulse has begun, so that frame is
 * drawn), print the milliseconds since the Java VM started, and quit normally (exit code 0); a database that
 * cannot be opened ends the run with its reason and exit code 2. {@code bench/startup.sh} measures the bare
 * JavaFX window the same way.
 */
public final class QuitWhenReady {

    public static final String FLAG = "--quit-when-ready";
    /** The exit code when the database cannot be opened (the window would otherwise wait on a dialog). */
    static final int CANNOT_OPEN = 2;
    private static volatile boolean openFailed;

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

    /** Ends the run: the reason on standard error, and {@link #CANNOT_OPEN} once JavaFX has stopped. */
    static void cannotOpen(Path file, Throwable failure) {
        System.err.println(openFailure(file, failure)); // the user's own file name and the reason, for whoever ran the measurement
        System.err.flush();
        openFailed = true;
        Platform.exit();
    }

    /** After {@code Application.launch} returns: a failing exit code if {@link #cannotOpen} ended the run. */
    static void exitIfTheOpenFailed() {
        if (openFailed) {
            System.exit(CANNOT_OPEN);
        }
    }

    /** The one standard-error line for a database that cannot be opened: the file, what is wrong and what to do. */
    static String openFailure(Path file, Throwable failure) {
        if (failure instanceof DatabaseOpenException e) {
            return Texts.get("cli.open.cannot", e.file().toString(), e.whatIsWrong()) + " " + e.whatToDo();
        }
        return Texts.get("cli.open.cannot", String.valueOf(file), Messages.get("safety.problem.other.title"));
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
