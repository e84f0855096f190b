package io.offerbench.ui.main;

/**
 * What the window asks before it drops the editor's unsaved edits (another database, a redraw in another
 * language): {@code proceed} once they are saved or discarded as the user chose, {@code stay} if they cancel.
 */
@FunctionalInterface
interface LeaveGuard {

    void leave(Runnable proceed, Runnable stay);

    default void leave(Runnable proceed) {
        leave(proceed, () -> { });
    }
}
