package io.offerbench.ui.common;

import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * One window's database work: runs it on the {@link Lane#DATABASE} lane (one thread, so writes
 * are serialised) and hands the result back on the FX thread. {@link #running()} counts tasks in
 * flight, for the status bar's progress indicator. After {@link #close()} new work is dropped.
 */
public final class BackgroundWork {

    private final Tasks tasks;
    private final Consumer<Throwable> defaultErrorHandler;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private volatile boolean closed;

    public BackgroundWork(Tasks tasks, Consumer<Throwable> defaultErrorHandler) {
        this.tasks = tasks;
        this.defaultErrorHandler = defaultErrorHandler;
    }

    /** The lanes this work runs on, for work that is not database work (scoring, charts, files). */
    public Tasks tasks() {
        return tasks;
    }

    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, defaultErrorHandler);
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        if (closed) {
            // The window is closing or reopening on another file: work asked for by a late event,
            // such as a save's follow-up refresh, is dropped without a dialog. Everything queued
            // before the close runs, because the close is queued after it on the same lane.
            return;
        }
        count(+1);
        tasks.run(Lane.DATABASE, work, result -> {
            count(-1);
            onSuccess.accept(result);
        }, failure -> {
            count(-1);
            onError.accept(failure);
        });
    }

    /** Takes no more work; what was asked for before still runs. */
    public void close() {
        closed = true;
    }

    /** Changes the in-flight count on the FX thread, in the order asked, so it never goes below zero. */
    private void count(int delta) {
        tasks.onFx(() -> running.set(running.get() + delta));
    }
}
