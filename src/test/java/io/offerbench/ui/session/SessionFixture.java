package io.offerbench.ui.session;

import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.tasks.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A real database file and a workspace on {@link SameThreadTasks}, for view-model tests without a
 * window: database work runs at once on the test's thread, and failures that would have been an
 * error dialog are collected in {@link #failures()}.
 */
public final class SessionFixture implements AutoCloseable {

    private final Database database;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<Throwable> failures = new ArrayList<>();
    private final Workspace workspace;

    public SessionFixture(Path dir) throws Exception {
        this(dir, Clock.systemDefaultZone());
    }

    /** @param clock the session's clock: fixed, the tests' "today" and timestamps do not depend on when they run */
    public SessionFixture(Path dir, Clock clock) throws Exception {
        database = Database.open(dir.resolve("offers.db"), clock);
        workspace = new Workspace(database, new BackgroundWork(tasks, failures::add), clock);
    }

    public Database database() {
        return database;
    }

    public SameThreadTasks tasks() {
        return tasks;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** What would have been shown as an error dialog. */
    public List<Throwable> failures() {
        return failures;
    }

    @Override
    public void close() {
        tasks.shutdown();
        database.close();
    }
}
