package io.offerbench.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.domain.ReviewRole;
import io.offerbench.domain.ReviewComment;
import io.offerbench.ui.session.SessionFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comments without a window: a comment is saved with its author, role and time, the author is
 * remembered for the next comment (also in a new session on the same file), an empty comment or an
 * unsaved offer gets a message instead, and a deleted comment is gone from the file.
 */
class CommentsViewModelTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aCommentIsSavedWithItsAuthorAndTimeAndTheAuthorIsRemembered() throws Exception {
        long offerId;
        int changes[] = {0};
        try (SessionFixture session = new SessionFixture(dir)) {
            offerId = saved(session).id();
            CommentsViewModel comments = new CommentsViewModel(session.workspace().work(), session.workspace().database(), NOON, () -> changes[0]++);
            comments.show(offerId);
            comments.authorProperty().set("Dr. Rivera");
            comments.roleProperty().set(ReviewRole.ADVISOR);
            comments.bodyProperty().set("Ask about the cliff.");
            comments.add();

            assertThat(session.database().comments().listByOffer(offerId)).singleElement().satisfies(c -> {
                assertThat(c.author()).isEqualTo("Dr. Rivera");
                assertThat(c.role()).isEqualTo(ReviewRole.ADVISOR);
                assertThat(c.body()).isEqualTo("Ask about the cliff.");
                assertThat(c.createdAt()).isEqualTo(NOON.instant());
            });
            assertThat(comments.comments()).extracting(ReviewComment::body).containsExactly("Ask about the cliff.");
            assertThat(comments.bodyProperty().get()).as("ready for the next comment").isEmpty();
            assertThat(comments.messageProperty().get()).isEqualTo("Comment added.");
            assertThat(changes[0]).isEqualTo(1);
            assertThat(session.failures()).isEmpty();
        }
        try (SessionFixture reopened = new SessionFixture(dir)) {
            CommentsViewModel comments = new CommentsViewModel(reopened.workspace().work(), reopened.workspace().database(), NOON);
            assertThat(comments.authorProperty().get()).isEqualTo("Dr. Rivera");
            assertThat(comments.roleProperty().get()).isEqualTo(ReviewRole.ADVISOR);
            comments.show(offerId);
            assertThat(comments.comments()).hasSize(1);
        }
    }

    @Test
    void aCommentsTextCanBeChangedKeepingItsAuthorRoleAndTimeAndAnEmptyTextIsRefused() throws Exception {
        int changes[] = {0};
        try (SessionFixture session = new SessionFixture(dir)) {
            long offerId = saved(session).id();
            CommentsViewModel comments = new CommentsViewModel(session.workspace().work(), session.workspace().database(), NOON, () -> changes[0]++);
            comments.show(offerId);
            comments.authorProperty().set("Dr. Rivera");
            comments.roleProperty().set(ReviewRole.ADVISOR);
            comments.bodyProperty().set("Ask about the clif.");
            comments.add();
            ReviewComment written = comments.comments().get(0);
            assertThat(written.edited()).as("a new comment is not marked as edited").isFalse();

            comments.edit(written);
            comments.bodyProperty().set("Ask about the clif.");
            comments.add();
            assertThat(session.database().comments().listByOffer(offerId)).singleElement()
                    .as("saving the same text again marks nothing").satisfies(c -> assertThat(c.editedAt()).isNull());

            comments.edit(comments.comments().get(0));
            assertThat(comments.bodyProperty().get()).isEqualTo("Ask about the clif.");
            comments.bodyProperty().set("   ");
            comments.add();
            assertThat(comments.messageProperty().get()).contains("Comment");
            assertThat(session.database().comments().listByOffer(offerId)).extracting(ReviewComment::body).containsExactly("Ask about the clif.");

            comments.bodyProperty().set("Ask about the one-year cliff.");
            comments.add();

            assertThat(session.database().comments().listByOffer(offerId)).singleElement().satisfies(c -> {
                assertThat(c.body()).isEqualTo("Ask about the one-year cliff.");
                assertThat(c.author()).isEqualTo("Dr. Rivera");
                assertThat(c.role()).isEqualTo(ReviewRole.ADVISOR);
                assertThat(c.createdAt()).isEqualTo(written.createdAt());
                assertThat(c.id()).isEqualTo(written.id());
                assertThat(c.editedAt()).as("marked as edited, at the time of the change").isEqualTo(NOON.instant());
            });
            assertThat(comments.comments()).extracting(ReviewComment::body).containsExactly("Ask about the one-year cliff.");
            assertThat(comments.editingProperty().get()).as("the form is back to writing a new comment").isNull();
            assertThat(comments.bodyProperty().get()).isEmpty();
            assertThat(comments.messageProperty().get()).isEqualTo("Comment changed.");
            assertThat(changes[0]).isEqualTo(3);

            comments.edit(comments.comments().get(0));
            comments.bodyProperty().set("half typed");
            comments.cancelEdit();
            assertThat(session.database().comments().listByOffer(offerId)).extracting(ReviewComment::body).containsExactly("Ask about the one-year cliff.");
            assertThat(comments.bodyProperty().get()).isEmpty();
            assertThat(session.failures()).isEmpty();
        }
    }

    @Test
    void anEmptyCommentOrAnUnsavedOfferIsRefusedWithAMessage() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            long offerId = saved(session).id();
            CommentsViewModel comments = new CommentsViewModel(session.workspace().work(), session.workspace().database(), NOON);
            comments.show(offerId);
            comments.authorProperty().set("Sam");
            comments.bodyProperty().set("   ");
            comments.add();
            assertThat(comments.messageProperty().get()).startsWith("Comment");
            assertThat(session.database().comments().listByOffer(offerId)).isEmpty();

            comments.show(0); // a new offer not saved yet
            comments.bodyProperty().set("Looks good");
            comments.add();
            assertThat(comments.messageProperty().get()).startsWith("Save the offer first");
            assertThat(session.database().comments().listByOffer(offerId)).isEmpty();
        }
    }

    @Test
    void aDeletedCommentIsGoneFromTheFile() throws Exception {
        try (SessionFixture session = new SessionFixture(dir)) {
            long offerId = saved(session).id();
            CommentsViewModel comments = new CommentsViewModel(session.workspace().work(), session.workspace().database(), NOON);
            comments.show(offerId);
            comments.authorProperty().set("Sam");
            comments.bodyProperty().set("First thought");
            comments.add();
            comments.delete(comments.comments().get(0));
            assertThat(comments.comments()).isEmpty();
            assertThat(comments.messageProperty().get()).isEqualTo("Comment deleted.");
            assertThat(session.database().comments().listByOffer(offerId)).isEmpty();
        }
    }

    private static Offer saved(SessionFixture session) {
        return session.database().offers().save(Offer.builder().company("Helix AI").currency(CurrencyCode.USD)
                .pay(Compensation.ofBase(new BigDecimal("200000"))).build());
    }
}
