package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CompanyStage;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.Offer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database from before company stages keeps its offers, scored as before; a stage and own multipliers are kept once set. */
class EquityStageMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionThreeDatabaseKeepsItsPrivateEquityOfferWithNoStageAndTakesOneLater() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            OldSchema.migrateTo(s, 3);
            s.execute("INSERT INTO offer (company, role_title, offer_type, seniority, city, country, remote, currency, base_salary,"
                    + " sign_on_bonus, sign_on_years, relocation, equity_value, equity_type, vesting, vesting_years,"
                    + " vesting_cliff_months, equity_refresher, summer_months, startup_package, startup_years, teaching_courses,"
                    + " status, notes, created_at, updated_at, uid) VALUES ('Helix AI', 'MTS', 'frontier_lab', 'new_grad_phd',"
                    + " 'San Francisco', 'United States', 0, 'USD', '310000', '50000', 1, '0', '1200000', 'private_options', 'even', 4,"
                    + " 12, '0', 0, '0', 3, '0', 'considering', 'my note', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',"
                    + " '0b7c3f4e-1d2a-4c3b-9a8e-112233445566')");
            OldSchema.stamp(s, 3);
        }
        Offer helix;
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            helix = db.offers().findAll().get(0);
            assertThat(helix.company()).isEqualTo("Helix AI");
            assertThat(helix.notes()).isEqualTo("my note");
            assertThat(helix.equity().type()).isEqualTo(EquityType.PRIVATE_EQUITY);
            assertThat(helix.equity().grantValue()).isEqualByComparingTo("1200000");
            // Nothing said yet: no stage, no own multipliers, so it is valued by the general assumption as before.
            assertThat(helix.equity().stage()).isNull();
            assertThat(helix.equity().multipliers()).isNull();
            assertThat(helix.equity().liquidity(LiquidityMultipliers.defaults())).isEqualTo(LiquidityMultipliers.defaults());

            LiquidityMultipliers own = new LiquidityMultipliers(new BigDecimal("0.1"), new BigDecimal("0.6"), BigDecimal.ONE);
            db.offers().save(helix.toBuilder().equity(helix.equity().withStage(CompanyStage.LATE_STAGE, own)).build());
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            Offer again = db.offers().findAll().get(0);
            assertThat(again.equity().stage()).isEqualTo(CompanyStage.LATE_STAGE);
            assertThat(again.equity().multipliers().base()).isEqualByComparingTo("0.6");
            assertThat(again.equity().liquidity(LiquidityMultipliers.defaults()).bear()).isEqualByComparingTo("0.1");
        }
    }
}
