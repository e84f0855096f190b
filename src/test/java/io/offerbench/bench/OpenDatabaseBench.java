package io.offerbench.bench;

import io.offerbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Opening an existing database at start-up and closing it again: header check, read-only
 * quick_check, instance lock, migration check, and the start-up backup check, which finds the data
 * unchanged since the newest backup (verifying that backup) and so copies nothing. Close is included
 * because the lock must be released before the next open.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OpenDatabaseBench {

    @Param({"5", "1000"})
    public int offers;

    private Path dir;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("open");
        file = BenchDatabase.create(dir.resolve("offerbench.db"), offers);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFolder.delete(dir);
    }

    @Benchmark
    public Optional<String> openAndClose() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            return db.startupBackupProblem();
        }
    }
}
