package io.offerbench.ui.tasks;

/**
 * Where background work runs. Each lane is one thread, so work on a lane runs in the order asked;
 * lanes run beside each other, so a long report never holds up an autosave.
 */
public enum Lane {
    /** Opening, every read and write, closing: one thread, so writes are serialised and close comes last. */
    DATABASE("offerbench-db"),
    /** Pure computation from values already read: rankings and charts. */
    COMPUTE("offerbench-compute"),
    /** Files outside the database: the report, backup checks and restores before a database is open. */
    IO("offerbench-io");

    private final String threadName;

    Lane(String threadName) {
        this.threadName = threadName;
    }

    /** The name of the lane's thread, as a thread dump shows it. */
    public String threadName() {
        return threadName;
    }
}
