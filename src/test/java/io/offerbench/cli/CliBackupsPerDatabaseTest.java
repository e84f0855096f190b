package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.BackupInfo;
import io.offerbench.store.BackupService;
import io.offerbench.store.Database;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two databases side by side (a sample and one's own, as the README suggests) keep their backups
 * apart; a backup dated in the future is not "newest"; a backup whose offers do not load is not good.
 */
class CliBackupsPerDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void restoreNewestOfOneDatabaseNeverBringsInTheOthersOffers() throws Exception {
        Path sample = dir.resolve("sample.db");
        Path mine = dir.resolve("my.db");
        withOffer(mine, "Mine Inc");
        withOffer(sample, "Sample Corp");
        withOffer(mine, "Mine Later");
        CliRun restore = run("restore", "--newest", "--db", mine.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        CliRun list = run("list", "--db", mine.toString());
        assertThat(list.out()).contains("Mine Inc").doesNotContain("Sample Corp");
        assertThat(BackupService.findBackups(mine, Clock.systemDefaultZone())).isNotEmpty()
                .allSatisfy(b -> assertThat(b.file().toString()).contains("my.db"));
        assertThat(BackupService.findBackups(sample, Clock.systemDefaultZone())).isNotEmpty()
                .allSatisfy(b -> assertThat(b.file().toString()).contains("sample.db").doesNotContain("my.db"));
        CliRun backups = run("backups", "--db", sample.toString());
        assertThat(backups.out()).doesNotContain("my.db");
    }

    @Test
    void rotationOfOneDatabaseLeavesTheOthersBackups() throws Exception {
        Path sample = dir.resolve("sample.db");
        Path mine = dir.resolve("my.db");
        withOffer(sample, "Sample Corp");
        int sampleBackups = BackupService.findBackups(sample, Clock.systemDefaultZone()).size();
        for (int i = 0; i < 12; i++) {
            withOffer(mine, "Mine " + i);
        }
        assertThat(BackupService.findBackups(sample, Clock.systemDefaultZone())).hasSize(sampleBackups);
    }

    @Test
    void aFutureDatedBackupIsNotTrustedAsNewest() throws Exception {
        Path db = dir.resolve("o.db");
        BackupInfo early = withOffer(db, "Early");
        Path future = early.file().resolveSibling("offerbench-20991231-235959.db");
        Files.copy(early.file(), future, StandardCopyOption.COPY_ATTRIBUTES);
        BackupInfo later = withOffer(db, "Later");
        assertThat(BackupService.newestGoodFor(db, Clock.systemDefaultZone()).map(BackupInfo::file)).contains(later.file());
        assertThat(BackupService.findBackups(db, Clock.systemDefaultZone()).get(0).file()).isEqualTo(later.file());
    }

    @Test
    void aBackupWhoseOffersDoNotLoadIsNotGood() throws Exception {
        Path db = dir.resolve("o.db");
        BackupInfo good = withOffer(db, "Good");
        BackupInfo bad = withOffer(db, "Will break");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bad.file()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE offer SET base_salary = 'abc'");
        }
        assertThat(BackupService.verify(bad.file())).hasValueSatisfying(p -> assertThat(p).contains("cannot be loaded"));
        assertThat(BackupService.newestGoodFor(db, Clock.systemDefaultZone()).map(BackupInfo::file)).contains(good.file());
        CliRun restore = run("restore", "--db", db.toString(), bad.file().toString());
        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).contains("cannot be loaded");
    }

    private static BackupInfo withOffer(Path db, String company) throws Exception {
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.offers().save(Offer.builder().company(company).currency(CurrencyCode.USD).pay(Compensation.ofBase(new BigDecimal("150000"))).build());
            return d.backups().backupNow();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
