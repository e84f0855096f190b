package io.offerbench.ui.tasks;

/**
 * An action that runs once, on the FX thread, after a quiet period: every {@link #restart()} starts
 * the wait again, so a burst of keystrokes ends in one run.
 */
public interface Debounce {

    /** Starts (or starts again) the quiet period; the action runs when it ends. */
    void restart();

    /** True while the action is waiting to run. */
    boolean isPending();

    /** Forgets the waiting run, if any. */
    void cancel();
}
