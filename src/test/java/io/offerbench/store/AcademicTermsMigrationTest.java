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
            for (int version = 1; version <= 4; version++) {
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
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            s.execute("PRAGMA user_version = 4");
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
