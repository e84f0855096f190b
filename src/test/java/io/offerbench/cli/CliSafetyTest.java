package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.BackupInfo;
import io.offerbench.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and unopenable files give exit 1 or 2 and one clear line; backups and restore work from the shell. */
class CliSafetyTest {

    @TempDir
    Path dir;

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        CliRun r = run("list", "--colour");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--colour'").contains("Try 'offerbench list --help' for usage.");
        assertThat(run("restore", "--newest", "x.db").exit()).as("--newest and FILE together").isEqualTo(2);
        assertThat(run("restore").err()).contains("Missing required argument");
    }

    @Test
    void dbThatIsAFolderATextFileAnEmptyFileOrNewerIsRefusedInOneLineAndLeftUnchanged() throws Exception {
        // Each in its own folder: backups are per folder, and "restore --newest" without a backup must change nothing.
        Path folder = Files.createDirectories(dir.resolve("a/folder"));
        Path text = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("notes.db"), "my notes, not a database\n".repeat(30));
        Path empty = Files.createFile(Files.createDirectories(dir.resolve("c")).resolve("empty.db"));
        Path newer = dir.resolve("d/newer.db");
        withOffer(newer, "Acme");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertRefused(folder, "is a folder");
        assertRefused(text, "not an OfferBench database");
        assertRefused(empty, "empty (0 bytes)");
        assertRefused(newer, "newer OfferBench");
        assertThat(run("list", "--db", " ").err()).isEqualTo("offerbench: --db needs a file path" + System.lineSeparator());
        CliRun backups = run("backups", "--db", folder.toString());
        assertThat(backups.exit()).isEqualTo(1);
        assertThat(backups.errLines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("is a folder");
    }

    @Test
    void damagedDatabaseNamesItsNewestBackupAndRestoreNewestMovesItAside() throws Exception {
        Path db = dir.resolve("offerbench.db");
        withOffer(db, "Acme");
        byte[] bytes = Files.readAllBytes(db);
        Files.write(db, Arrays.copyOf(bytes, 3000));

        CliRun list = run("list", "--db", db.toString());
        assertThat(list.exit()).isEqualTo(1);
        assertThat(list.errLines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("damaged").contains("Newest good backup: " + dir.resolve("backups"))
                .contains("offerbench restore --newest");

        CliRun backups = run("backups", "--db", db.toString());
        assertThat(backups.exit()).isZero();
        assertThat(backups.out().lines().toList()).first().asString().startsWith("TAKEN");
        assertThat(backups.out().lines().skip(1).toList()).isNotEmpty().allSatisfy(l -> assertThat(l).contains(" ok "));

        CliRun restore = run("restore", "--db", db.toString(), "--newest");
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out().lines().toList()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("Moved the damaged " + db + " aside to " + db + ".damaged-");
        Path aside = Files.list(dir).filter(p -> p.getFileName().toString().startsWith("offerbench.db.damaged-")).findFirst().orElseThrow();
        assertThat(Files.readAllBytes(aside)).isEqualTo(Arrays.copyOf(bytes, 3000));
        assertThat(run("list", "--db", db.toString()).out()).contains("Acme");
    }

    @Test
    void restoreOfAnOpenableDatabaseBringsBackTheBackupAndKeepsTheReplacedData() throws Exception {
        Path db = dir.resolve("o.db");
        BackupInfo early = withOffer(db, "Acme");
        withOffer(db, "Later Inc");
        CliRun restore = run("restore", "--db", db.toString(), early.file().toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored " + early.file() + " into " + db + "; the data it replaced is in ");
        CliRun list = run("list", "--db", db.toString());
        assertThat(list.out()).contains("Acme").doesNotContain("Later Inc");

        CliRun missing = run("restore", "--db", db.toString(), dir.resolve("nope.db").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("does not exist");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(run("restore", "--db", db.toString(), notes.toString()).err()).contains("cannot be restored: it is not an SQLite database");
    }

    @Test
    void backupsOfANewDatabaseAreListedWithDateSizeAndVerification() throws Exception {
        Path db = dir.resolve("fresh.db");
        assertThat(run("backups", "--db", db.toString()).out()).startsWith("No backups of " + db + " yet");
        withOffer(db, "Acme");
        CliRun r = run("backups", "--db", db.toString());
        assertThat(r.out().lines().skip(1).toList()).hasSize(2)
                .allSatisfy(l -> assertThat(l).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  +\\d+ KB  +ok  +.*offerbench-\\d{8}-\\d{6}(-\\d+)?\\.db"));
    }

    private void assertRefused(Path db, String expected) throws Exception {
        String before = Files.isDirectory(db) ? "folder" : sha256(db);
        for (String command : List.of("list", "restore")) {
            CliRun r = command.equals("list") ? run("list", "--db", db.toString()) : run("restore", "--newest", "--db", db.toString());
            assertThat(r.exit()).as(command + " " + db).isEqualTo(1);
            assertThat(r.errLines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("offerbench: ").doesNotContain("Exception").doesNotContain("\tat ");
            if (command.equals("list")) {
                assertThat(r.err()).contains(expected).contains("The file was not changed.");
            }
        }
        assertThat(Files.isDirectory(db) ? "folder" : sha256(db)).isEqualTo(before);
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

    private static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            md.update(in.readAllBytes());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
