package io.offerbench.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
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
        if (Platform.isFxApplicationThread()) {
            running.set(running.get() + 1);
        } else {
            Platform.runLater(() -> running.set(running.get() + 1));
        }
        executor.execute(task);
        return task;
    }
}
