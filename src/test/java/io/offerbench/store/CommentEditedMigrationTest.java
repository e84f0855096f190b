package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.ReviewRole;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database from before comments recorded their edits (schema 7) keeps every comment, word for word, with its author,
 * role and time, none of them marked as edited; changing one's text afterwards marks it with the time of the change.
 */
class CommentEditedMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionSevenDatabaseKeepsItsCommentsUnmarkedAndAnEditAfterwardsIsMarked() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            OldSchema.migrateTo(s, 7);
            s.execute(OldSchema.FACULTY_OFFER);
            s.execute("INSERT INTO review_comment (offer_id, author, role, body, created_at) VALUES (1, 'Prof. Ada', 'advisor',"
                    + " 'Ask about the cliff.', '2026-11-30T10:00:00Z')");
            OldSchema.stamp(s, 7);
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.offers().findAll()).singleElement().satisfies(o -> assertThat(o.notes()).isEqualTo("kept"));
            ReviewComment kept = db.comments().listByOffer(1).get(0);
            assertThat(kept.author()).isEqualTo("Prof. Ada");
            assertThat(kept.role()).isEqualTo(ReviewRole.ADVISOR);
            assertThat(kept.body()).isEqualTo("Ask about the cliff.");
            assertThat(kept.createdAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
            assertThat(kept.edited()).as("no earlier version recorded an edit").isFalse();

            Instant at = Instant.parse("2026-12-02T14:05:00Z");
            assertThat(db.comments().updateBody(kept.id(), "Ask about the one-year cliff.", at)).get()
                    .satisfies(c -> assertThat(c.editedAt()).isEqualTo(at));
            assertThat(db.comments().listByOffer(1)).singleElement().satisfies(c -> {
                assertThat(c.body()).isEqualTo("Ask about the one-year cliff.");
                assertThat(c.createdAt()).isEqualTo(kept.createdAt());
                assertThat(c.editedAt()).isEqualTo(at);
            });
        }
    }
}
