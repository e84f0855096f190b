package io.offerbench.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.BackupInfo;
import io.offerbench.store.DamagedFile;
import io.offerbench.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offers are private: owner-only files, no network at run time, no logs that could hold offer data. */
class PrivacySafetyTest {

    @TempDir
    Path dir;

    @Test
    void databaseWalLockBackupsRestoredAndMovedAsideFilesAreOwnerOnly() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path db = dir.resolve("data/offerbench.db");
        BackupInfo backup;
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.offers().save(io.offerbench.domain.Offer.builder().company("Private Co").currency(io.offerbench.domain.CurrencyCode.USD)
                    .pay(io.offerbench.domain.Compensation.ofBase(new java.math.BigDecimal("1"))).build());
            backup = d.backups().backupNow();
            assertThat(dir.resolve("data/offerbench.db-wal")).exists();
            assertOwnerOnly(dir.resolve("data"));
        }
        Files.write(db, new byte[0]);
        DamagedFile.Replaced r = DamagedFile.replaceWithBackup(db, backup, Clock.systemDefaultZone());
        assertThat(r.movedAside()).exists();
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.backups().backupNow();
            assertOwnerOnly(dir.resolve("data"));
        }
        assertOwnerOnly(dir.resolve("data"));
    }

    @Test
    void cliAndDatabaseOpenNoNetworkConnection() throws Exception {
        Path db = dir.resolve("guarded/offerbench.db");
        Process p = java("-Djava.security.manager=allow", NetworkGuardMain.class.getName(), db.toString());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("cli-exit-sum=0").contains("Guarded Labs").contains(" ok ").contains("Restored ");
        assertThat(out).as("no socket permission was asked for").contains("attempts-during-work=0 []");
        assertThat(out).as("the guard itself catches a java.net socket and an NIO channel").contains("self-check-detected=2");
    }

    @Test
    void aRealProcessPrintsExactlyOneLineOnStderrForAFileThatIsNotADatabase() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database\n".repeat(10));
        Process p = java(null, "io.offerbench.Main", "list", "--db", text.toString());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.lines().toList()).as(err).singleElement().asString()
                .startsWith("offerbench: cannot open " + text + ": This file is not an OfferBench database");
    }

    @Test
    void nothingLogsAndNoLoggingBackendIsPresent() throws IOException {
        // No logging API in the program, and prints only where output is the point (the CLI, a doc generator).
        Pattern logging = Pattern.compile("java\\.util\\.logging|System\\.Logger|System\\.getLogger|org\\.slf4j|org\\.apache\\.log4j"
                + "|org\\.apache\\.logging|printStackTrace|System\\.(out|err)");
        TreeMap<String, String> hits = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                var m = logging.matcher(Files.readString(f));
                List<String> found = new ArrayList<>();
                while (m.find()) {
                    found.add(m.group());
                }
                if (!found.isEmpty()) {
                    hits.put(f.toString().replace('\\', '/'), String.join(",", found));
                }
            }
        }
        // The command line's output, the docs generator, --quit-when-ready's one measured line, and the start-up
        // trace (-Dofferbench.trace=startup only: step names, times and offer counts, never an offer's data).
        assertThat(hits).containsOnlyKeys("src/main/java/io/offerbench/cli/Cli.java", "src/main/java/io/offerbench/exchange/BenchmarkDocWriter.java",
                "src/main/java/io/offerbench/ui/main/QuitWhenReady.java", "src/main/java/io/offerbench/ui/common/StartupTrace.java");
        assertThat(hits.values()).allSatisfy(v -> assertThat(v).matches("(System\\.(out|err),?)+"));
        // sqlite-jdbc logs through SLF4J; with no provider its messages are dropped, never written to a file.
        assertThat(ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class)).isEmpty();
    }

    private static Process java(String option, String... mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        if (option != null) {
            cmd.add(option);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(cmd).redirectError(option == null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void assertOwnerOnly(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }
}
