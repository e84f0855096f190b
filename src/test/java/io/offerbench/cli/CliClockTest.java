package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.DataLocation;
import io.offerbench.store.Database;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line reads the date and time from the one clock {@code Cli.run} is handed, never the
 * machine's: a brief's deadline, a backup's name and the time an export was made all follow it.
 * The clock is set months before any real run, so a command that read the system clock would fail here.
 */
class CliClockTest {

    private static final Clock MARCH_2ND = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path databaseWithAcme(LocalDate deadline) throws Exception {
        Path db = dir.resolve("offers.db");
        try (Database d = Database.open(db, MARCH_2ND)) {
            d.offers().save(Offer.builder().company("Acme").roleTitle("Research Scientist").currency(CurrencyCode.USD)
                    .pay(Compensation.ofBase(new BigDecimal("150000"))).deadline(deadline).build());
        }
        return db;
    }

    @Test
    void aBriefCountsTheDaysToTheDeadlineFromTheClocksDate() throws Exception {
        Path db = databaseWithAcme(LocalDate.of(2026, 3, 5)); // three days after the clock's date; long past by the machine's
        Path brief = dir.resolve("acme.md");

        CliRun run = CliRun.at(MARCH_2ND, "brief", "--db", db.toString(), "--offer", "Acme", brief.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(brief)).as("a deadline still ahead: two more weeks after it are asked for")
                .contains("extend the deadline to 2026-03-19");
    }

    @Test
    void aWritingCommandNamesItsBackupByTheClocksTimeAndBackupsListsIt() throws Exception {
        Path db = databaseWithAcme(null);
        Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "company,role,offer_type,currency,base_salary\nBeta Labs,Research Scientist,big_tech_research,USD,200000\n");
        Clock later = Clock.offset(MARCH_2ND, java.time.Duration.ofHours(2));

        CliRun imported = CliRun.at(later, "import", "--db", db.toString(), csv.toString());
        CliRun listed = CliRun.at(later, "backups", "--db", db.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(DataLocation.backupsDir(db).resolve("offerbench-20260302-113000.db")).exists();
        assertThat(listed.out().lines().skip(1).findFirst()).hasValueSatisfying(
                newest -> assertThat(newest).startsWith("2026-03-02 11:30:00").contains("offerbench-20260302-113000.db"));
    }

    @Test
    void anExportIsStampedWithTheClocksTime() throws Exception {
        Path db = databaseWithAcme(null);
        Path file = dir.resolve("acme.offerbench.json");

        CliRun run = CliRun.at(MARCH_2ND, "export", "--db", db.toString(), file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(file)).contains("\"exported_at\" : \"2026-03-02T09:30:00Z\"");
    }
}
