package io.offerbench.ui.tasks;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The one owner of the window's threads (after JabRef's {@code TaskExecutor}): work is handed to a
 * {@link Lane}, and its result or failure comes back on the FX thread. {@link FxTasks} is the
 * window's; tests use a same-thread implementation, so a view model runs deterministically without
 * a window. Nothing else in the program creates an executor or a thread.
 */
public interface Tasks {

    /**
     * Runs {@code work} on {@code lane}; then {@code onSuccess} or {@code onError} on the FX thread.
     * Work asked for after {@link #shutdown()} is dropped, callbacks and all.
     */
    <T> void run(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    /** Runs a prepared task (one that reports progress or can be cancelled) on {@code lane}. */
    void run(Lane lane, Task<?> task);

    /** Runs {@code action} on the FX thread: at once when already on it, else as soon as it is free. */
    void onFx(Runnable action);

    /** An action that runs on the FX thread once {@code quiet} has passed without a new {@link Debounce#restart()}. */
    Debounce debounce(Duration quiet, Runnable action);

    /**
     * Stops taking work. The database lane finishes what it was given (the last save, then the close);
     * the other lanes stop at once, as nothing they do is worth keeping once the window is gone.
     */
    void shutdown();
}
