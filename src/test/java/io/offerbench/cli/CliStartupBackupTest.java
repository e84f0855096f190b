package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.BackupService;
import io.offerbench.store.Database;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up backup protects data a command is about to change: a command that only reads (list, score) leaves
 * the backups as they are, however much changed since the last one; a command that writes (import) takes one
 * first, holding the data as it was before the command.
 */
class CliStartupBackupTest {

    @TempDir
    Path dir;

    @Test
    void readingCommandsTakeNoBackupAndAWritingCommandTakesOneOfTheDataBeforeIt() throws Exception {
        Path db = dir.resolve("offers.db");
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.offers().save(Offer.builder().company("Acme").currency(CurrencyCode.USD).pay(Compensation.ofBase(new BigDecimal("150000"))).build());
        }
        int before = BackupService.findBackups(db, Clock.systemDefaultZone()).size();

        assertThat(CliRun.of("list", "--db", db.toString()).exit()).isZero();
        assertThat(CliRun.of("score", "--db", db.toString(), "--format", "json").exit()).isZero();
        assertThat(BackupService.findBackups(db, Clock.systemDefaultZone())).as("nothing to protect: nothing changed").hasSize(before);

        Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "company,role,offer_type,currency,base_salary\nBeta Labs,Research Scientist,big_tech_research,USD,200000\n");
        CliRun imported = CliRun.of("import", "--db", db.toString(), csv.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        assertThat(BackupService.findBackups(db, Clock.systemDefaultZone())).hasSize(before + 1);
        Path newest = BackupService.findBackups(db, Clock.systemDefaultZone()).get(0).file();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newest);
                ResultSet rs = c.createStatement().executeQuery("SELECT company FROM offer")) {
            List<String> companies = new ArrayList<>();
            while (rs.next()) {
                companies.add(rs.getString(1));
            }
            assertThat(companies).containsExactly("Acme");
        }
    }
}
