package io.offerbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of undo and redo, what a new change does to redo, merging of continued typing, and the menu texts. */
class UndoHistoryTest {

    /** A list of words the changes edit, standing in for the offers. */
    private final List<String> words = new ArrayList<>();
    private final UndoHistory history = new UndoHistory();

    private UndoableChange add(String word) {
        words.add(word);
        return new UndoableChange() {
            @Override
            public String description() {
                return "adding " + word;
            }

            @Override
            public void undo() {
                words.remove(word);
            }

            @Override
            public void redo() {
                words.add(word);
            }
        };
    }

    @Test
    void undoTakesBackTheNewestChangeFirstAndRedoPutsItBack() {
        history.record(add("a"));
        history.record(add("b"));
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("adding b");

        history.undo();
        assertThat(words).containsExactly("a");
        assertThat(history.redoDescriptionProperty().get()).isEqualTo("adding b");
        history.undo();
        assertThat(words).isEmpty();
        assertThat(history.canUndoProperty().get()).isFalse();

        history.redo();
        history.redo();
        assertThat(words).containsExactly("a", "b");
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewChangeAfterAnUndoClearsRedo() {
        history.record(add("a"));
        history.undo();
        history.record(add("c"));
        assertThat(history.canRedoProperty().get()).isFalse();
        history.redo();
        assertThat(words).containsExactly("c");
    }

    @Test
    void whatAnUndoSavesIsNotRecordedAsANewChange() {
        UndoableChange recordsWhileUndoing = new UndoableChange() {
            @Override
            public String description() {
                return "x";
            }

            @Override
            public void undo() {
                assertThat(history.isReplaying()).isTrue();
                history.record(add("saved by the undo"));
            }

            @Override
            public void redo() {
            }
        };
        history.record(recordsWhileUndoing);
        history.undo();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isTrue();
    }

    @Test
    void aChangeThatContinuesTheLastIsUndoneWithIt() {
        StringBuilder field = new StringBuilder();
        class Typing implements UndoableChange {
            String before;
            String after;

            Typing(String before, String after) {
                this.before = before;
                this.after = after;
                field.replace(0, field.length(), after);
            }

            @Override
            public String description() {
                return "typing";
            }

            @Override
            public void undo() {
                field.replace(0, field.length(), before);
            }

            @Override
            public void redo() {
                field.replace(0, field.length(), after);
            }

            @Override
            public boolean absorb(UndoableChange next) {
                if (next instanceof Typing t) {
                    after = t.after;
                    return true;
                }
                return false;
            }
        }
        history.record(new Typing("", "30"));
        history.record(new Typing("30", "300,000"));
        history.undo();
        assertThat(field).hasToString("");
        assertThat(history.canUndoProperty().get()).isFalse();
        history.redo();
        assertThat(field).hasToString("300,000");
    }

    @Test
    void keepsTheNewestChangesOnly() {
        for (int i = 0; i < UndoHistory.LIMIT + 5; i++) {
            history.record(add("w" + i));
        }
        for (int i = 0; i < UndoHistory.LIMIT + 5; i++) {
            history.undo();
        }
        assertThat(words).containsExactly("w0", "w1", "w2", "w3", "w4");
    }
}
