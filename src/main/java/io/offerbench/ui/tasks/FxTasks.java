package io.offerbench.ui.tasks;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The window's {@link Tasks}: one single-thread executor per {@link Lane}, created here and shut
 * down here. The database lane's thread is not a daemon, so a save queued as the window closes
 * is written before the program ends; the other lanes' threads are.
 */
public final class FxTasks implements Tasks {

    private final Map<Lane, ExecutorService> lanes = new EnumMap<>(Lane.class);

    public FxTasks() {
        for (Lane lane : Lane.values()) {
            lanes.put(lane, Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, lane.threadName());
                t.setDaemon(lane != Lane.DATABASE);
                return t;
            }));
        }
    }

    @Override
    public <T> void run(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        run(lane, task);
    }

    /**
     * Runs {@code work} on {@code lane} without the FX thread: the result is a future, which also
     * works before the JavaFX toolkit has started (start-up reads the database while it starts).
     * A caller that wants the result on the FX thread hands it over itself.
     */
    public <T> CompletableFuture<T> submit(Lane lane, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            lanes.get(lane).execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException shutDown) {
            result.cancel(false);
        }
        return result;
    }

    @Override
    public void run(Lane lane, Task<?> task) {
        try {
            lanes.get(lane).execute(task);
        } catch (RejectedExecutionException shutDown) {
            // The window is closing: work asked for by a late event has nothing left to do.
        }
    }

    @Override
    public void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Debounce debounce(Duration quiet, Runnable action) {
        PauseTransition timer = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
        timer.setOnFinished(e -> action.run());
        return new Debounce() {
            @Override
            public void restart() {
                timer.playFromStart();
            }

            @Override
            public boolean isPending() {
                return timer.getStatus() == javafx.animation.Animation.Status.RUNNING;
            }

            @Override
            public void cancel() {
                timer.stop();
            }
        };
    }

    @Override
    public void shutdown() {
        lanes.forEach((lane, executor) -> {
            if (lane == Lane.DATABASE) {
                executor.shutdown();
            } else {
                executor.shutdownNow();
            }
        });
    }

    /**
     * Waits for the database lane to finish what it was given, for at most {@code limit}. Only for the
     * moment the program ends, after the last window has gone (nothing is left on screen to freeze).
     */
    public boolean awaitDatabase(Duration limit) {
        try {
            return lanes.get(Lane.DATABASE).awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
