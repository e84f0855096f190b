package io.offerbench.bench;

import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A comparison file (.offerbench.json) with 100 offers: File ▸ Export comparison (one database
 * snapshot, JSON written to a temporary file and moved into place) and reading such a file back
 * (parse and validate everything, before any of it is merged).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComparisonFileBench {

    public static final int OFFERS = 100;

    private Path dir;
    private Database db;
    private Path exported;
    private Path toRead;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("comparison");
        db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), OFFERS), Clock.systemDefaultZone());
        exported = dir.resolve("exported.offerbench.json");
        // A separate file to read, so the export benchmark never replaces the file being read.
        toRead = dir.resolve("to-read.offerbench.json");
        exportTo(db, toRead);
    }

    /** Exports the whole comparison as File ▸ Export comparison does; returns the number of offers. */
    static int exportTo(Database db, Path file) throws Exception {
        return ExchangeFiles.export(db, file, ExchangeFiles.Kind.COMPARISON, "OfferBench bench", Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
        BenchFolder.delete(dir);
    }

    @Benchmark
    public int export() throws Exception {
        return exportTo(db, exported);
    }

    @Benchmark
    public ExchangeFiles.Loaded read() throws Exception {
        return ExchangeFiles.load(toRead);
    }
}
