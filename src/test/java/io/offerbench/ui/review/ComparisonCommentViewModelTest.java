package io.offerbench.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.ReviewComment;
import io.offerbench.ui.session.SessionFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comment on the comparison as a whole, without a window: saved in the database (and read back in a new
 * session), removed when saved empty, and a text too long to keep refused with a message, saving nothing.
 */
class ComparisonCommentViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theCommentIsSavedReadBackAndRemovedWhenEmptied() throws Exception {
        List<String> status = new ArrayList<>();
        try (SessionFixture session = new SessionFixture(dir)) {
            ComparisonCommentViewModel model = new ComparisonCommentViewModel(session.workspace().work(), session.database());
            model.load(() -> { });
            assertThat(model.textProperty().get()).isEmpty();
            model.textProperty().set("  Northwind and State University are close: ask Northwind about publishing.  ");
            assertThat(model.save(status::add)).isTrue();
            assertThat(session.database().settings().get(ReviewComment.COMPARISON_SETTING))
                    .contains("Northwind and State University are close: ask Northwind about publishing.");
            assertThat(status).containsExactly("Comment on the comparison saved; it is printed at the top of the report.");
        }
        try (SessionFixture reopened = new SessionFixture(dir)) {
            ComparisonCommentViewModel model = new ComparisonCommentViewModel(reopened.workspace().work(), reopened.database());
            model.load(() -> { });
            assertThat(model.textProperty().get()).startsWith("Northwind and State University are close");
            model.textProperty().set("");
            assertThat(model.save(status::add)).isTrue();
            assertThat(reopened.database().settings().get(ReviewComment.COMPARISON_SETTING)).isEmpty();
            assertThat(status).last().isEqualTo("Comment on the comparison removed.");
        }
    }

    @Test
    void aTextTooLongIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            ComparisonCommentViewModel model = new ComparisonCommentViewModel(session.workspace().work(), session.database());
            model.textProperty().set("x".repeat(ReviewComment.MAX_LENGTH + 1));
            assertThat(model.save(s -> { })).isFalse();
            assertThat(model.messageProperty().get()).contains("Comment on the comparison", "too long");
            assertThat(session.database().settings().get(ReviewComment.COMPARISON_SETTING)).isEmpty();
        }
    }
}
