package io.offerbench.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * Runs database, file and scoring work off the FX Application Thread on one executor (the
 * database's own single thread, so writes are serialised) and hands the result back on the FX
 * thread. {@link #running()} counts tasks in flight, for the status bar's progress indicator.
 */
public final class BackgroundWork {

    private final Executor executor;
    private final Consumer<Throwable> defaultErrorHandler;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    public BackgroundWork(Executor executor, Consumer<Throwable> defaultErrorHandler) {
        this.executor = executor;
        this.defaultErrorHandler = defaultErrorHandler;
    }

    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
        return run(work, onSuccess, defaultErrorHandler);
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            running.set(running.get() - 1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(running.get() - 1);
            onError.accept(task.getException());
        });
        count(+1);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            // The database was closed (the window is closing or reopening on another file): work
            // asked for by a late event, such as a save's follow-up refresh, has nothing to run on.
            // Everything queued before the close has run; this is dropped without a dialog.
            count(-1);
        }
        return task;
    }

    /** Changes the in-flight count on the FX thread, in the order asked, so it never goes below zero. */
    private void count(int delta) {
        if (Platform.isFxApplicationThread()) {
            running.set(running.get() + delta);
        } else {
            Platform.runLater(() -> running.set(running.get() + delta));
        }
    }
}
