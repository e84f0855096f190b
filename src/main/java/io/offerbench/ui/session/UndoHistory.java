package io.offerbench.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's list of changes that can be undone and redone, newest first. A new change clears what could be
 * redone (as in every editor); the list keeps the last {@value #LIMIT} changes. Undoing runs the change's undo and
 * moves it to the redo list, never recording the undo itself as a new change.
 */
public final class UndoHistory {

    static final int LIMIT = 200;

    private final Deque<UndoableChange> undoable = new ArrayDeque<>();
    private final Deque<UndoableChange> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private boolean replaying;

    /** Records a change the user just made; ignored while an undo or redo is being applied. */
    public void record(UndoableChange change) {
        if (replaying) {
            return;
        }
        UndoableChange last = undoable.peek();
        if (last == null || !last.absorb(change)) {
            undoable.push(change);
            if (undoable.size() > LIMIT) {
                undoable.removeLast();
            }
        }
        redoable.clear();
        publish();
    }

    /** True while a change's undo or redo runs: what it saves is not a new change of the user's. */
    public boolean isReplaying() {
        return replaying;
    }

    public void undo() {
        UndoableChange change = undoable.poll();
        if (change != null) {
            replay(change::undo);
            redoable.push(change);
            publish();
        }
    }

    public void redo() {
        UndoableChange change = redoable.poll();
        if (change != null) {
            replay(change::redo);
            undoable.push(change);
            publish();
        }
    }

    /** Forgets everything (another database file was opened). */
    public void clear() {
        undoable.clear();
        redoable.clear();
        publish();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The description of the change Undo would take back; empty when there is none. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    private void replay(Runnable action) {
        replaying = true;
        try {
            action.run();
        } finally {
            replaying = false;
        }
    }

    private void publish() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        undoDescription.set(undoable.isEmpty() ? "" : undoable.peek().description());
        redoDescription.set(redoable.isEmpty() ? "" : redoable.peek().description());
    }
}
