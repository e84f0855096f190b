package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.Offer;
import io.offerbench.store.DatabaseOpenException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedFileTest {

    private static final Clock AT = Clock.fixed(LocalDateTime.of(2026, 11, 22, 10, 15, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    @Test
    void damagedFileIsMovedAsideNeverDeletedAndTheBackupOpensInItsPlace() throws Exception {
        Path file = dir.resolve("offerbench.db");
        BackupInfo backup = databaseWithBackupOf(file, "Acme");
        byte[] damaged = "garbage that replaced the database".repeat(40).getBytes();
        Files.write(file, damaged);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        DatabaseOpenException refused = refused(file);
        assertThat(DamagedFile.canBeReplaced(refused.problem())).isTrue();

        DamagedFile.Replaced r = DamagedFile.replaceWithBackup(file, refused.newestGoodBackup().map(this::info).orElseThrow(), AT);

        assertThat(r.movedAside()).isEqualTo(dir.resolve("offerbench.db.damaged-20261122-101500"));
        assertThat(Files.readAllBytes(r.movedAside())).as("the damaged file is kept byte for byte").isEqualTo(damaged);
        assertThat(r.restoredFrom()).isEqualTo(backup);
        assertThat(mode(r.movedAside())).isEqualTo("rw-------");
        assertThat(mode(file)).isEqualTo("rw-------");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.offers().findAll()).extracting(Offer::company).containsExactly("Acme");
        }
    }

    @Test
    void aStaleWalGoesAsideWithItsFileAndASecondRecoveryGetsAFreeName() throws Exception {
        Path file = dir.resolve("offerbench.db");
        BackupInfo backup = databaseWithBackupOf(file, "Acme");
        Files.write(file, new byte[0]);
        Files.writeString(file.resolveSibling("offerbench.db-wal"), "old log");
        DamagedFile.Replaced first = DamagedFile.replaceWithBackup(file, backup, AT);
        assertThat(Files.readString(dir.resolve("offerbench.db.damaged-20261122-101500-wal"))).isEqualTo("old log");
        assertThat(dir.resolve("offerbench.db-wal")).doesNotExist();

        Files.write(file, new byte[0]);
        DamagedFile.Replaced second = DamagedFile.replaceWithBackup(file, backup, AT);
        assertThat(second.movedAside()).isEqualTo(dir.resolve("offerbench.db.damaged-20261122-101500-2"));
        assertThat(first.movedAside()).exists();
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.offers().findAll()).extracting(Offer::company).containsExactly("Acme");
        }
    }

    @Test
    void nothingMovesWhenTheBackupIsBadOrAnotherOfferBenchHasTheFile() throws Exception {
        Path file = dir.resolve("offerbench.db");
        BackupInfo backup = databaseWithBackupOf(file, "Acme");
        Path fake = dir.resolve("backups/offerbench-20260101-000000.db");
        Files.writeString(fake, "not a backup");
        String before = TestData.sha256(file);
        assertThatThrownBy(() -> DamagedFile.replaceWithBackup(file, BackupInfo.forFile(fake), AT))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot be restored");
        try (Database open = Database.open(file, Clock.systemDefaultZone())) {
            assertThatThrownBy(() -> DamagedFile.replaceWithBackup(file, backup, AT))
                    .isInstanceOf(StoreException.class).hasMessageContaining("another window");
        }
        assertThat(TestData.sha256(file)).isEqualTo(before);
        assertThat(TestData.filesIn(dir)).noneMatch(p -> p.getFileName().toString().contains("damaged"));
        assertThatThrownBy(() -> DamagedFile.replaceWithBackup(dir.resolve("backups"), backup, AT))
                .isInstanceOf(StoreException.class).hasMessageContaining("is a folder");
    }

    @Test
    void onlyDamageIsRepairedByReplacing() {
        assertThat(Problem.values()).filteredOn(DamagedFile::canBeReplaced)
                .containsExactlyInAnyOrder(Problem.EMPTY_FILE, Problem.NOT_SQLITE, Problem.CORRUPT);
    }

    private static BackupInfo databaseWithBackupOf(Path file, String company) throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.offers().save(TestData.minimalOffer(company));
            return db.backups().backupNow();
        }
    }

    private static DatabaseOpenException refused(Path file) {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            throw new AssertionError("opened " + db.file());
        } catch (DatabaseOpenException e) {
            return e;
        }
    }

    private BackupInfo info(Path p) {
        return BackupService.findBackups(dir.resolve("offerbench.db"), Clock.systemDefaultZone()).stream().filter(b -> b.file().equals(p)).findFirst().orElseThrow();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
