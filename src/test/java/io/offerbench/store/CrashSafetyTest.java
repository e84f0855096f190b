package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at random moments, many times, and checks that the database is
 * never damaged and that every offer the writer was told had been committed is still there.
 */
class CrashSafetyTest {

    private static final int RUNS = 30;
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) end");

    @TempDir
    Path dir;

    @Test
    void killedWriterNeverLosesACommittedOfferNorDamagesTheFile() throws Exception {
        Path file = dir.resolve("crash.db");
        Set<Long> reported = new HashSet<>();
        Random random = new Random(20260301L);
        String java = ProcessHandle.current().info().command().orElse("java");
        int kills = 0;
        long started = System.nanoTime();
        for (int run = 0; run < RUNS; run++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashWriterMain.class.getName(), file.toString()).redirectErrorStream(true).start();
            CountDownLatch ready = new CountDownLatch(1);
            Set<Long> thisRun = new HashSet<>();
            Thread reader = new Thread(() -> readOutput(p, ready, thisRun));
            reader.start();
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("writer started (run %d)", run).isTrue();
            Thread.sleep(20 + random.nextInt(400));
            p.destroyForcibly();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            kills += p.exitValue() != 0 ? 1 : 0;
            reader.join(5000);
            synchronized (thisRun) {
                reported.addAll(thisRun);
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            String check = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            Set<Long> present = db.offers().findAll().stream().map(Offer::id).collect(Collectors.toSet());
            Set<Long> lost = new HashSet<>(reported);
            lost.removeAll(present);
            System.out.printf("crash-safety: runs=%d kills=%d committed-reported=%d present=%d lost=%d integrity=%s seconds=%d%n",
                    RUNS, kills, reported.size(), present.size(), lost.size(), check, seconds);
            assertThat(check).isEqualTo("ok");
            assertThat(kills).isEqualTo(RUNS);
            assertThat(reported).as("the writer committed offers before being killed").hasSizeGreaterThan(RUNS);
            assertThat(lost).as("offers reported committed but missing").isEmpty();
            assertThat(db.offers().findAll()).allSatisfy(o -> assertThat(o.equity().vesting().format()).isEqualTo("5/15/40/40"));
            assertThat(List.copyOf(db.backups().list())).allSatisfy(b -> assertThat(BackupService.verify(b.file())).isEmpty());
        }
    }

    private static void readOutput(Process p, CountDownLatch ready, Set<Long> committed) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher m = COMMITTED.matcher(line);
                if (line.equals("ready")) {
                    ready.countDown();
                } else if (m.matches()) { // a line cut short by the kill does not match, so it is not counted
                    synchronized (committed) {
                        committed.add(Long.parseLong(m.group(1)));
                    }
                }
            }
        } catch (java.io.IOException e) {
            // the process was killed mid-line; everything read so far counts
        }
    }
}
