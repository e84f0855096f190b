package io.offerbench.ui.session;

/**
 * One change the user made that Edit > Undo can take back: an offer edited, deleted or imported, the weights
 * moved. {@link #undo} and {@link #redo} put the data back the way it was before and after; both are asked for
 * on the FX thread and hand the database work to the background as every other change does.
 */
public interface UndoableChange {

    /** What the Edit menu shows after "Undo"/"Redo", e.g. "edit of Helix AI". */
    String description();

    void undo();

    void redo();

    /**
     * Whether {@code next}, made right after this one, continues it (more typing in the same field of the same
     * offer), in which case this change takes on its result and one undo takes back both.
     */
    default boolean absorb(UndoableChange next) {
        return false;
    }
}
