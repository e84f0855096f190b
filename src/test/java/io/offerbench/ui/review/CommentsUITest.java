package io.offerbench.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.ReviewRole;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** An advisor's comment on an offer is kept with author, role and time, apart from the notes, across restarts. */
class CommentsUITest extends AppUITest {


    @Test
    @SuppressWarnings("unchecked")
    void advisorCommentIsSavedWithAuthorAndRoleAndSurvivesARestart() throws Exception {
        Path db = dir.resolve("sample.db");
        long firstOfferId = SampleDatabase.create(db).get(0).id();
        app.start(db);
        TableView<?> offers = app.node("#table", TableView.class);
        app.waitUntil(() -> offers.getSelectionModel().getSelectedItem() != null);

        app.interact(() -> {
            app.node("#commentField", TextArea.class).setText("Ask for the sign-on to be spread over two years?");
            app.node("#authorField", TextField.class).setText("");
            ((ComboBox<ReviewRole>) app.node("#roleBox", ComboBox.class)).setValue(ReviewRole.ADVISOR);
        });
        app.interact(() -> app.node("#addCommentButton", javafx.scene.control.Button.class).fire());
        assertThat(app.node("#commentMessage", Label.class).getText()).as("a comment needs an author").contains("Your name");

        app.interact(() -> app.node("#authorField", TextField.class).setText("Prof. Rivera"));
        app.interact(() -> app.node("#addCommentButton", javafx.scene.control.Button.class).fire());
        ListView<ReviewComment> list = app.node("#commentList", ListView.class);
        app.waitUntil(() -> list.getItems().size() == 1);
        app.stop();

        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            List<ReviewComment> stored = database.comments().listByOffer(firstOfferId);
            assertThat(stored).singleElement().satisfies(c -> {
                assertThat(c.author()).isEqualTo("Prof. Rivera");
                assertThat(c.role()).isEqualTo(io.offerbench.domain.ReviewRole.ADVISOR);
                assertThat(c.body()).isEqualTo("Ask for the sign-on to be spread over two years?");
            });
            assertThat(database.offers().find(firstOfferId).orElseThrow().notes()).doesNotContain("sign-on to be spread");
        }

        app.start(db);
        ListView<ReviewComment> reopened = app.node("#commentList", ListView.class);
        app.waitUntil(() -> reopened.getItems().size() == 1);
        assertThat(app.node("#authorField", TextField.class).getText()).as("the author is remembered").isEqualTo("Prof. Rivera");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditedCommentSaysWhenItWasEditedInTheList() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        app.start(db);
        TableView<?> offers = app.node("#table", TableView.class);
        app.waitUntil(() -> offers.getSelectionModel().getSelectedItem() != null);
        ListView<ReviewComment> list = app.node("#commentList", ListView.class);
        app.interact(() -> {
            app.node("#authorField", TextField.class).setText("Prof. Rivera");
            app.node("#commentField", TextArea.class).setText("Ask about the clif.");
            app.node("#addCommentButton", javafx.scene.control.Button.class).fire();
        });
        app.waitUntil(() -> list.getItems().size() == 1);
        assertThat(cellTexts(list)).singleElement().asString().contains("Ask about the clif.").doesNotContain("edited");

        app.interact(() -> {
            list.getSelectionModel().select(0);
            app.node("#editCommentButton", javafx.scene.control.Button.class).fire();
            app.node("#commentField", TextArea.class).setText("Ask about the one-year cliff.");
            app.node("#addCommentButton", javafx.scene.control.Button.class).fire();
        });
        app.waitUntil(() -> list.getItems().get(0).edited());
        String today = java.time.LocalDate.now().toString();
        assertThat(cellTexts(list)).singleElement().asString().contains("Ask about the one-year cliff.")
                .containsPattern(", edited " + today + " \\d\\d:\\d\\d:");
    }

    private static List<String> cellTexts(ListView<?> list) {
        return list.lookupAll(".list-cell").stream().map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .filter(t -> t != null && !t.isBlank()).toList();
    }
}
