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
            for (int version = 1; version <= 7; version++) {
                for (String sql : Migrations.statements(version)) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO offer (company, role_title, offer_type, seniority, city, country, remote, currency, base_salary,"
                    + " sign_on_bonus, sign_on_years, relocation, equity_value, equity_type, vesting, vesting_years, vesting_cliff_months,"
                    + " equity_refresher, nine_month_salary, summer_months, startup_package, startup_years, teaching_courses,"
                    + " product_closeness, status, notes, created_at, updated_at, uid) VALUES ('State University', 'Professor',"
                    + " 'academia_faculty', 'new_grad_phd', 'Madison', 'USA', 0, 'USD', '150000', '0', 1, '0', '0', 'public_rsu', 'even',"
                    + " 4, 0, '0', '150000', 2, '1200000', 3, '3', 2, 'considering', 'kept', '2026-01-01T00:00:00Z',"
                    + " '2026-01-01T00:00:00Z', 'f47ac10b-58cc-4372-a567-0e02b2c3d479')");
            s.execute("INSERT INTO review_comment (offer_id, author, role, body, created_at) VALUES (1, 'Prof. Ada', 'advisor',"
                    + " 'Ask about the cliff.', '2026-11-30T10:00:00Z')");
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            s.execute("PRAGMA user_version = 7");
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
