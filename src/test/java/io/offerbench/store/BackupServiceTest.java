package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.Offer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    @Test
    void backupIsVerifiedOwnerOnlyAndContainsTheData() throws Exception {
        Path file = dir.resolve("db/offerbench.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.offers().save(TestData.fullOffer("Acme"));
            BackupInfo b = db.backups().backupNow();
            assertThat(b.file().getParent()).as("a backups folder of its own").isEqualTo(dir.resolve("db/backups/offerbench.db"));
            assertThat(b.file().getFileName().toString()).matches("offerbench-\\d{8}-\\d{6}(-\\d+)?\\.db");
            assertThat(BackupService.verify(b.file())).isEmpty();
            assertThat(db.backups().newestGood()).contains(b);
            try (Database copy = Database.open(dir.resolve("copy/x.db"), Clock.systemDefaultZone())) {
                copy.backups().restore(b);
                assertThat(copy.offers().findAll()).extracting(Offer::company).containsExactly("Acme");
            }
            Assumptions.assumeTrue(Files.getFileStore(b.file()).supportsFileAttributeView("posix"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file().getParent()))).isEqualTo("rwx------");
        }
    }

    @Test
    void startBacksUpOnlyWhenDataChanged() throws Exception {
        Path file = dir.resolve("o.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.backups().list()).hasSize(1); // the new, empty schema
            assertThat(db.backups().backupIfChanged()).isEmpty();
            db.offers().save(TestData.minimalOffer("Acme"));
            db.offers().findAll(); // reading changes nothing
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.backups().list()).hasSize(2);
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.backups().list()).as("nothing changed since the last start").hasSize(2);
            db.settings().put("home_currency", "GBP");
            assertThat(db.backups().backupIfChanged()).isPresent();
        }
    }

    @Test
    void restoreBringsBackOldDataAndKeepsASafetyCopyOfTheCurrentData() throws Exception {
        try (Database db = Database.open(dir.resolve("r.db"), Clock.systemDefaultZone())) {
            Offer kept = db.offers().save(TestData.minimalOffer("Before"));
            BackupInfo before = db.backups().backupNow();
            db.offers().delete(kept.id());
            db.offers().save(TestData.minimalOffer("Mistake"));
            db.backups().restore(before);
            assertThat(db.offers().findAll()).containsExactly(kept);
            BackupInfo safety = db.backups().list().get(0);
            try (Database check = Database.open(dir.resolve("check/c.db"), Clock.systemDefaultZone())) {
                check.backups().restore(safety);
                assertThat(check.offers().findAll()).extracting(Offer::company).containsExactly("Mistake");
            }
            db.offers().save(TestData.minimalOffer("After restore")); // still writable, in WAL mode
            assertThat((String) db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            })).isEqualTo("wal");
        }
    }

    @Test
    void damagedBackupIsNotRestoredAndNotOfferedAsGood() throws Exception {
        Path file = dir.resolve("d.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.offers().save(TestData.fullOffer("Acme"));
            BackupInfo older = db.backups().backupNow();
            db.offers().save(TestData.fullOffer("Beta"));
            BackupInfo newer = db.backups().backupNow();
            byte[] bytes = Files.readAllBytes(newer.file());
            Files.write(newer.file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertThat(BackupService.verify(newer.file())).isPresent();
            assertThatThrownBy(() -> db.backups().restore(newer)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot be restored").hasMessageContaining("Choose another backup");
            assertThat(db.offers().findAll()).hasSize(2);
            assertThat(db.backups().newestGood()).contains(older);
        }
        assertThat(BackupService.newestGoodFor(file, Clock.systemDefaultZone()).map(BackupInfo::file)).contains(
                BackupService.findBackups(file, Clock.systemDefaultZone()).stream().filter(b -> BackupService.verify(b.file()).isEmpty())
                        .findFirst().orElseThrow().file());
    }

    @Test
    void rotationKeepsFiveNewestAndOnePerWeekForFourWeeks() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 1, 12, 0);
        List<BackupInfo> all = new ArrayList<>();
        for (int hoursAgo : new int[] {1, 2, 3, 4, 5, 6, 7}) {
            all.add(info(now.minusHours(hoursAgo)));
        }
        BackupInfo week2a = info(now.minusDays(9));
        BackupInfo week2b = info(now.minusDays(10));
        BackupInfo week4 = info(now.minusDays(25));
        BackupInfo tooOld = info(now.minusDays(40));
        all.addAll(List.of(week2a, week2b, week4, tooOld));
        all.sort(BackupInfo.NEWEST_FIRST);
        Set<BackupInfo> keep = BackupRotation.toKeep(all, now);
        assertThat(keep).containsExactlyInAnyOrder(all.get(0), all.get(1), all.get(2), all.get(3), all.get(4), week2a, week4);
    }

    @Test
    void rotationDeletesExpiredBackupFilesButNoOtherFiles() throws Exception {
        Instant start = LocalDateTime.of(2026, 1, 1, 9, 0).toInstant(ZoneOffset.UTC);
        Path file = dir.resolve("rot.db");
        Files.createDirectories(dir.resolve("backups"));
        Path mine = Files.writeString(dir.resolve("backups/my-notes.txt"), "keep me");
        for (int day = 0; day < 60; day++) {
            Clock clock = Clock.fixed(start.plusSeconds(86400L * day), ZoneId.of("UTC"));
            try (Database db = Database.open(file, clock)) {
                db.settings().put("day", Integer.toString(day));
            }
        }
        List<BackupInfo> left = BackupService.findBackups(file, Clock.systemDefaultZone());
        assertThat(left.size()).isBetween(5, 9);
        assertThat(left.get(0).takenAt()).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 0));
        assertThat(left.get(left.size() - 1).takenAt()).isAfter(LocalDateTime.of(2026, 2, 1, 9, 0));
        assertThat(Files.readString(mine)).isEqualTo("keep me");
        assertThat(left).allSatisfy(b -> assertThat(BackupService.verify(b.file())).isEmpty());
    }

    private static BackupInfo info(LocalDateTime at) {
        return new BackupInfo(Path.of(BackupInfo.fileName(at, 1)), at, 1, 0);
    }
}
