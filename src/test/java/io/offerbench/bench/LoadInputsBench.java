package io.offerbench.bench;

import io.offerbench.app.ScoringInputs;
import io.offerbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
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
 * Reading everything a score depends on — offers, benchmarks, rates, estimates, settings, profiles —
 * from an open database, as the window does on the database thread at start and after each change
 * to benchmarks, rates or settings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadInputsBench {

    @Param({"5", "1000"})
    public int offers;

    private Path dir;
    private Database db;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("load");
        db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), offers), Clock.systemDefaultZone());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
        BenchFolder.delete(dir);
    }

    @Benchmark
    public ScoringInputs load() {
        return ScoringInputs.load(db);
    }
}
