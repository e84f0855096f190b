package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.ui.AppUITest;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * An offer entered by keyboard alone: Tab goes from field to field without stopping on open section headers,
 * Space opens a drop-down, typing on a closed section's header lands in its first field, and Tab leaves Notes.
 */
class KeyboardEntryUITest extends AppUITest {

    @Test
    void tabTypingAndSpaceNeverLoseACharacter() throws Exception {
        app.start(dir.resolve("keys.db"));
        app.clickOn("#addButton");
        TextField company = app.node("#companyField", TextField.class);
        app.waitUntil(company::isFocused);

        app.write("Helix AI").type(KeyCode.TAB).write("Researcher");
        assertThat(app.node("#roleField", TextField.class).getText()).isEqualTo("Researcher");

        // From the last field of one open section, Tab goes straight to the first field of the next.
        app.interact(() -> app.node("#currencyField", TextField.class).requestFocus());
        app.type(KeyCode.TAB).write("300,000");
        assertThat(app.node("#baseSalaryField", TextField.class).getText()).isEqualTo("300,000");
        assertThat(app.node("#payPane", TitledPane.class).isFocusTraversable()).isFalse();

        // Space opens a drop-down's list.
        ComboBox<?> type = app.node("#typeField", ComboBox.class);
        app.interact(type::requestFocus);
        app.type(KeyCode.SPACE);
        app.waitUntil(type::isShowing);
        app.type(KeyCode.ESCAPE);

        // A closed section's header is in the Tab order; what is typed there goes into its first field.
        TitledPane practical = app.node("#practicalPane", TitledPane.class);
        app.interact(() -> practical.setExpanded(false));
        app.interact(practical::requestFocus);
        app.write("55");
        app.waitUntil(practical::isExpanded);
        assertThat(app.node("#hoursPerWeekField", TextField.class).getText()).isEqualTo("55");

        // Tab leaves the notes instead of typing a tab into them.
        TextArea notes = app.node("#notesField", TextArea.class);
        app.interact(notes::requestFocus);
        app.write("Exploding offer").type(KeyCode.TAB);
        assertThat(notes.getText()).isEqualTo("Exploding offer");
        Node focused = notes.getScene().getFocusOwner();
        assertThat(focused).isNotSameAs(notes);
    }
}
