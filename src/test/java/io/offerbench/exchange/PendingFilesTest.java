package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 11: an export or report killed midway left its {@code .NAME….tmp} beside the chosen file
 * for good. Now the next start of the database removes it — only the ones that database listed,
 * and only when no program holds the file open for writing.
 */
class PendingFilesTest {

    @TempDir
    Path dir;

    @Test
    void aKilledExportsTemporaryFileIsRemovedAtTheNextStartAndNothingElse() throws Exception {
        Path db = dir.resolve("o.db");
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Path target = exports.resolve("offers.csv");
        Path someoneElses = Files.writeString(exports.resolve(".offers.csv.someone-else.tmp"), "not ours");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PendingWriteMain.class.getName(), db.toString(), target.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.equals("writing")) {
                // the JVM's own chatter, if any
            }
            assertThat(line).isEqualTo("writing");
            p.destroyForcibly();
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        List<Path> left = ours(exports);
        assertThat(left).as("the killed run left its temporary file").hasSize(1);

        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            assertThat(ours(exports)).isEmpty();
        }
        assertThat(someoneElses).exists().hasContent("not ours");
        assertThat(target).doesNotExist();
    }

    @Test
    void aTemporaryFileStillBeingWrittenIsLeftAlone() throws Exception {
        Path db = dir.resolve("o.db");
        Path tmp = dir.resolve(".report.pdf.1234.tmp");
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.pendingFiles().begin(tmp);
            Files.writeString(tmp, "half a report");
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE); FileLock writing = ch.lock()) {
            try (Database d = Database.open(db, Clock.systemDefaultZone())) {
                assertThat(tmp).as("its writer still holds it").exists();
            }
        }
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            assertThat(tmp).doesNotExist();
        }
    }

    @Test
    void aFinishedExportLeavesNoTemporaryFileAndNothingListed() throws Exception {
        Path db = dir.resolve("o.db");
        Path target = dir.resolve("offers.csv");
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            ExchangeFiles.export(d, target, ExchangeFiles.Kind.CSV, "test", java.time.Clock.systemUTC());
        }
        assertThat(target).exists();
        assertThat(ours(dir)).isEmpty();
    }

    private static List<Path> ours(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().startsWith(".offers.csv.") && !f.getFileName().toString().contains("someone"))
                    .toList();
        }
    }
}
