package io.offerbench.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard entry that never loses what is typed: form sections, drop-downs and multi-line fields behave as a
 * user moving through a form with Tab expects.
 */
public final class KeyboardEntry {

    private KeyboardEntry() {
    }

    /**
     * An open section's header is skipped by Tab (its fields are what Tab should reach); a closed one stays in
     * the Tab order, with a strong focus ring, so Space or Enter opens it. Typing on a closed header opens it
     * and puts the characters into its first field instead of dropping them.
     */
    public static void section(TitledPane pane) {
        pane.focusTraversableProperty().bind(pane.expandedProperty().not());
        pane.getStyleClass().add("form-section");
        pane.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!pane.isFocused() || typed.isEmpty() || typed.isBlank() || Character.isISOControl(typed.charAt(0))
                    || e.isControlDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            pane.setExpanded(true);
            TextInputControl first = firstTextField(pane.getContent());
            if (first != null) {
                first.requestFocus();
                first.end();
                first.insertText(first.getCaretPosition(), typed);
            }
        });
    }

    /** Space and Alt+Down open a drop-down's list (as F4 does); Escape or a choice closes it again. */
    public static void opensOnSpace(ComboBox<?> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean open = (e.getCode() == KeyCode.SPACE && !box.isEditable()) || (e.getCode() == KeyCode.DOWN && e.isAltDown());
            if (open && !box.isShowing()) {
                e.consume();
                box.show();
            }
        });
    }

    /** Tab and Shift+Tab leave a multi-line field, as in every other field; Ctrl+Tab still types a tab nowhere. */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // TextArea moves the focus on Ctrl+Tab: hand it that key, keeping Shift for "backwards".
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }

    private static TextInputControl firstTextField(Node node) {
        if (node instanceof TextInputControl text && !text.isDisabled() && text.isVisible()) {
            return text;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                TextInputControl found = firstTextField(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
