package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 10, on a disk that is really full: a 2 MB file system (tmpfs, mounted in a private mount
 * namespace of an unprivileged user namespace, so no root is needed and nothing outside the test
 * sees it) holds a healthy database, then a filler file takes every free block. The program runs
 * as real processes against it: the kernel's own "No space left on device" and SQLite's own
 * SQLITE_FULL reach it as they would on a user's full disk. The database is never called damaged,
 * no restore is offered, the skipped start-up backup is said with its reason, and a report on the
 * full disk says the disk is full (no "ExceptionConverter", no Java class names) and leaves nothing.
 */
class CliFullDiskTest {

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void fillTheDisk() throws Exception {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"), "Linux only");
        assumeTrue(probe(), "this machine allows no private mount namespace (unshare -rm), so no small file system can be made");
        Path mnt = Files.createDirectories(dir.resolve("disk"));
        out = Files.createDirectories(dir.resolve("out"));
        Path csv = Files.writeString(dir.resolve("offers.csv"), "company,currency,base_salary,city\nAcme,USD,180000,Berlin\n"
                + "Beta,USD,150000,Paris\n", StandardCharsets.UTF_8);
        Path more = Files.writeString(dir.resolve("more.csv"), "company,currency,base_salary\nGamma,USD,170000\n", StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String run = "'" + java + "' -Duser.language=en -cp '" + System.getProperty("java.class.path") + "' io.offerbench.Main";
        String db = mnt.resolve("o.db").toString();
        Path full = Files.createDirectories(dir.resolve("full"));
        String script = String.join("\n",
                "mount -t tmpfs -o size=2m offerbench-disk '" + mnt + "' || exit 99",
                "mount -t tmpfs -o size=64k offerbench-full '" + full + "' || exit 99",
                "step() { name=$1; shift; \"$@\" > '" + out + "'/$name.out 2> '" + out + "'/$name.err; echo $? > '" + out + "'/$name.rc; }",
                "step import sh -c \"" + run + " import --db '" + db + "' '" + csv + "'\"",
                // The database's disk nearly full: room to open and read it, not for a backup (half its size).
                "dd if=/dev/zero of='" + mnt + "/filler' bs=4096 2>/dev/null",
                "keep=$(( $(stat -c %s '" + db + "') / 2 / 4096 * 4096 ))",
                "truncate -s $(( $(stat -c %s '" + mnt + "/filler') - keep )) '" + mnt + "/filler'",
                "df -k '" + mnt + "' > '" + out + "'/df.txt",
                "step list sh -c \"" + run + " list --db '" + db + "'\"",
                "step more sh -c \"" + run + " import --db '" + db + "' '" + more + "'\"",
                // The report's disk entirely full: every block taken, as dd's "No space left on device" says.
                "dd if=/dev/zero of='" + full + "/filler' bs=4096 2>/dev/null",
                "step pdf sh -c \"" + run + " report --db '" + db + "' '" + full + "/report.pdf'\"",
                "step html sh -c \"" + run + " report --db '" + db + "' '" + full + "/report.html'\"",
                "ls -a '" + full + "' > '" + out + "'/files.txt",
                // Then the database's own disk entirely full too.
                "dd if=/dev/zero of='" + mnt + "/filler2' bs=4096 2>/dev/null",
                "step again sh -c \"" + run + " import --db '" + db + "' '" + csv + "'\"",
                "exit 0");
        ProcessBuilder pb = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().remove("OFFERBENCH_DB");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(read("import.rc")).as(read("import.err")).isEqualTo("0");
    }

    private static boolean probe() {
        try {
            Path m = Files.createDirectories(dir.resolve("probe"));
            Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k probe '" + m + "'")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String read(String name) throws IOException {
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8).strip();
    }

    @Test
    void aHealthyDatabaseOnANearlyFullDiskIsListedAndTheSkippedBackupIsSaid() throws IOException {
        assertThat(read("df.txt")).as("the disk is nearly full").containsPattern("\\s(\\d{1,3})\\s+\\d+%");
        assertThat(read("list.rc")).as(read("list.err")).isEqualTo("0");
        assertThat(read("list.out")).contains("Acme").contains("Beta");
        assertThat(read("list.err").toLowerCase(java.util.Locale.ROOT)).doesNotContain("damaged").doesNotContain("restore");
        // A command that writes takes the start-up backup first: it does not fit, and the command says so and goes on.
        assertThat(read("more.rc")).as(read("more.err")).isEqualTo("0");
        assertThat(read("more.out")).contains("Imported 1 offer");
        String err = read("more.err");
        assertThat(err).contains("warning: no start-up backup was taken").contains("the disk is full");
        assertThat(err.toLowerCase(java.util.Locale.ROOT)).doesNotContain("damaged").doesNotContain("restore")
                .doesNotContain("exception").doesNotContain("code 13");
    }

    @Test
    void aPdfOrHtmlReportOnAFullDiskSaysTheDiskIsFullAndLeavesNothing() throws IOException {
        for (String kind : List.of("pdf", "html")) {
            String err = read(kind + ".err");
            assertThat(read(kind + ".rc")).as(err).isEqualTo("1");
            assertThat(err.lines().filter(l -> !l.contains("warning:"))).as(err).singleElement().asString()
                    .contains("cannot write").contains("report." + kind).contains("the disk is full");
            assertThat(err).doesNotContain("ExceptionConverter").doesNotContain("java.").doesNotContain("Exception")
                    .doesNotContain("damaged");
        }
        assertThat(read("files.txt").lines()).noneMatch(f -> f.endsWith(".tmp") || f.startsWith("report."));
    }

    @Test
    void anImportOnAFullDiskIsRefusedAsAFullDiskNotADamagedFile() throws IOException {
        String err = read("again.err");
        assertThat(read("again.rc")).isEqualTo("1");
        assertThat(err.lines()).as(err).singleElement().asString().contains("cannot open").contains("disk holding the database is full")
                .contains("not damaged").doesNotContain("backup").doesNotContain("restore").doesNotContain("Exception");
    }
}
