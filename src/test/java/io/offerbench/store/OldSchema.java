package io.offerbench.store;

import java.sql.SQLException;
import java.sql.Statement;

/** A database as an older OfferBench left it, for the upgrade tests: its migrations up to a version, and its stamp. */
final class OldSchema {

    /** A faculty offer as versions 4 to 7 stored it (the academic columns present, the later ones not yet). */
    static final String FACULTY_OFFER = "INSERT INTO offer (company, role_title, offer_type, seniority, city, country, remote,"
            + " currency, base_salary, sign_on_bonus, sign_on_years, relocation, equity_value, equity_type, vesting, vesting_years,"
            + " vesting_cliff_months, equity_refresher, nine_month_salary, summer_months, startup_package, startup_years,"
            + " teaching_courses, product_closeness, status, notes, created_at, updated_at, uid) VALUES ('State University',"
            + " 'Professor', 'academia_faculty', 'new_grad_phd', 'Madison', 'USA', 0, 'USD', '150000', '0', 1, '0', '0', 'public_rsu',"
            + " 'even', 4, 0, '0', '150000', 2, '1200000', 3, '3', 2, 'considering', 'kept', '2026-01-01T00:00:00Z',"
            + " '2026-01-01T00:00:00Z', 'f47ac10b-58cc-4372-a567-0e02b2c3d479')";

    private OldSchema() {
    }

    /** Runs migrations 1 to {@code version}, as that version of the app did. */
    static void migrateTo(Statement s, int version) throws SQLException {
        for (int v = 1; v <= version; v++) {
            for (String sql : Migrations.statements(v)) {
                s.execute(sql);
            }
        }
    }

    /** Marks the file as OfferBench's, at schema {@code version}. */
    static void stamp(Statement s, int version) throws SQLException {
        s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
        s.execute("PRAGMA user_version = " + version);
    }
}
