package io.offerbench.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.domain.ReviewRole;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import io.offerbench.ui.sharing.FilePicker;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * Review mode in the real window: mark the comparison as reviewed from the Review menu, change a
 * base salary in the editor and write a comment, then see the offers tab count them, the changed
 * row marked, and the changes dialog list the salary before and after and the comment.
 */
class ReviewModeUITest extends AppUITest {

    @Test
    @SuppressWarnings("unchecked")
    void changesAfterMarkingShowInTheBannerTheTableAndTheDialog() throws Exception {
        Path db = dir.resolve("sample.db");
        List<Offer> sample = SampleDatabase.create(db);
        app.start(db);
        TableView<Offer> table = app.node("#table", TableView.class);
        app.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        Label banner = app.node("#reviewSummary", Label.class);
        app.waitUntil(() -> banner.getText().startsWith("Not reviewed yet"));

        menu("Mark comparison as reviewed");
        app.waitUntil(() -> banner.getText().endsWith("no changes since"));
        assertThat(banner.getText()).startsWith("Last reviewed ");
        assertThat(app.node("#statusMessage", Label.class).getText()).startsWith("Marked as reviewed at ");
        assertThat(markedCompanies()).isEmpty();

        Offer helix = sample.get(0);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(helix.id());
        replace("#baseSalaryField", "325,000");
        app.waitUntil(() -> table.getItems().stream().anyMatch(o -> o.id() == helix.id()
                && o.pay().baseSalary().compareTo(new BigDecimal("325000")) == 0));
        // Saving replaces the offer in the list; it must stay selected, or the comment has no offer to go to.
        app.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(helix.id());
        app.interact(() -> {
            app.node("#authorField", TextField.class).setText("Prof. Rivera");
            ((ComboBox<ReviewRole>) app.node("#roleBox", ComboBox.class)).setValue(ReviewRole.ADVISOR);
            app.node("#commentField", TextArea.class).setText("Good: now ask for a second sign-on year.");
        });
        app.interact(() -> app.node("#addCommentButton", Button.class).fire());

        app.waitUntil(() -> banner.getText().endsWith("1 offer changed, 1 new comment"));
        assertThat(markedCompanies()).containsExactly("Helix AI");

        menu("Changes since last review\u2026");
        app.waitUntil(() -> app.lookup("#reviewChanges").tryQuery().isPresent());
        Set<String> shown = texts(app.lookup("#reviewChanges").queryAs(VBox.class));
        assertThat(shown).contains("Helix AI — Member of Technical Staff", "Base salary", "310,000 → 325,000");
        assertThat(shown).anySatisfy(t -> assertThat(t).startsWith("Prof. Rivera (Advisor), ")
                .endsWith(", on Helix AI — Member of Technical Staff:\nGood: now ask for a second sign-on year."));
        assertThat(shown).anySatisfy(t -> assertThat(t).contains("today's benchmarks").contains("\u201cBalanced\u201d weights"));
        app.clickOn("Close");
        app.waitUntil(() -> app.lookup("#reviewChanges").tryQuery().isEmpty());
    }

    @Test
    void aNewEmptyComparisonShowsNoReviewAdviceUntilItHasOffers() throws Exception {
        FilePicker csv = new FilePicker() {
            @Override
            public Optional<Path> open(Window owner, Kind kind) {
                return Optional.of(Path.of("docs/sample-offers.csv"));
            }

            @Override
            public Optional<Path> save(Window owner, Kind kind, String suggestedName) {
                return Optional.empty();
            }
        };
        app.start(dir.resolve("new.db"), csv);
        Node banner = app.node("#reviewBanner", Node.class);
        // The first look has run once nothing is in flight any more (the status bar's indicator is hidden).
        app.waitUntil(() -> !app.node("#busy", Node.class).isVisible());
        assertThat(banner.isVisible()).isFalse();

        app.clickOn("File");
        app.clickOn("Import offers from CSV\u2026");
        Label summary = app.node("#reviewSummary", Label.class);
        app.waitUntil(() -> banner.isVisible() && summary.getText().startsWith("Not reviewed yet"));
    }

    private void menu(String item) {
        app.clickOn("Review");
        app.clickOn(item);
    }

    /** Companies shown with the "changed since the review" dot. */
    private List<String> markedCompanies() {
        return app.lookup(".changed-since-review").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).sorted().collect(Collectors.toList());
    }

    private static Set<String> texts(Node root) {
        return root.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).collect(Collectors.toSet());
    }

    /** As a user would: focus (the editor scrolls it into view), click, select all, type. */
    private void replace(String field, String text) {
        TextField f = app.node(field, TextField.class);
        app.interact(f::requestFocus);
        app.clickOn(field);
        app.interact(f::selectAll);
        app.type(KeyCode.BACK_SPACE).write(text);
    }
}
