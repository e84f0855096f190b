package io.offerbench.ui.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * {@link Tasks} for view-model tests (after JabRef's {@code CurrentThreadTaskExecutor}): work and its
 * callback run at once on the calling thread, so a test reads the outcome on the next line. A
 * debounced action waits until the test calls {@link #elapse()}, so "typing, then a pause" can be
 * told apart from "typing".
 */
public final class SameThreadTasks implements Tasks {

    private final List<Lane> lanesUsed = new ArrayList<>();
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean shutDown;

    @Override
    public <T> void run(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        if (shutDown) {
            return;
        }
        lanesUsed.add(lane);
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    /** Runs the task here; its progress and state reach listeners only when the FX toolkit is up. */
    @Override
    public void run(Lane lane, Task<?> task) {
        if (!shutDown) {
            lanesUsed.add(lane);
            task.run();
        }
    }

    @Override
    public void onFx(Runnable action) {
        action.run();
    }

    @Override
    public Debounce debounce(Duration quiet, Runnable action) {
        Runnable own = action::run; // one per debounce, so two debounces of one action stay apart
        return new Debounce() {
            @Override
            public void restart() {
                waiting.remove(own);
                waiting.add(own);
            }

            @Override
            public boolean isPending() {
                return waiting.contains(own);
            }

            @Override
            public void cancel() {
                waiting.remove(own);
            }
        };
    }

    /** The quiet period of every waiting debounced action has passed: they run, oldest first. */
    public void elapse() {
        List<Runnable> due = List.copyOf(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }

    /** The lanes work was handed to, in order. */
    public List<Lane> lanesUsed() {
        return List.copyOf(lanesUsed);
    }

    @Override
    public void shutdown() {
        shutDown = true;
        waiting.clear();
    }
}
