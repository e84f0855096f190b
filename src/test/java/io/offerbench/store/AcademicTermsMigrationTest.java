package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database from before the summer-salary split, the student's interest and "does not apply" keeps its
 * offers as entered: summer months stay (now grant-funded, none guaranteed), interest is not entered and
 * closeness to product still applies.
 */
class AcademicTermsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionFourDatabaseKeepsItsOffersAndGetsTheNewFieldsEmpty() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            OldSchema.migrateTo(s, 4);
            s.execute(OldSchema.FACULTY_OFFER);
            OldSchema.stamp(s, 4);
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            Offer o = db.offers().findAll().get(0);
            assertThat(o.notes()).isEqualTo("kept");
            assertThat(o.academic().summerMonths()).isEqualTo(2);
            assertThat(o.academic().guaranteedSummerMonths()).isZero();
            assertThat(o.academic().grantFundedSummerMonths()).isEqualTo(2);
            assertThat(o.academic().teachingCoursesPerYear()).isEqualByComparingTo("3");
            assertThat(o.criteria().interest()).isNull();
            assertThat(o.criteria().productCloseness()).isEqualTo(2);
            assertThat(o.criteria().productClosenessNotApplicable()).isFalse();
            // The new fields are stored and read back.
            Offer edited = o.toBuilder().academic(o.academic().withGuaranteedSummerMonths(1))
                    .criteria(o.criteria().withInterest(5).withProductClosenessNotApplicable(true)).build();
            db.offers().save(edited);
            Offer back = db.offers().findAll().get(0);
            assertThat(back.academic().guaranteedSummerMonths()).isEqualTo(1);
            assertThat(back.criteria().interest()).isEqualTo(5);
            assertThat(back.criteria().productClosenessNotApplicable()).isTrue();
            assertThat(back.criteria().productCloseness()).isNull();
        }
    }
}
