package io.offerbench.bench;

import io.offerbench.exchange.report.ReportContent;
import io.offerbench.exchange.report.ReportFormat;
import io.offerbench.exchange.report.ReportProgress;
import io.offerbench.exchange.report.ReportSummary;
import io.offerbench.exchange.report.ReportWriter;
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
 * File > Report for the advisor meeting: gathering (one read, scoring) and writing the PDF or HTML
 * file with its five charts, moved into place at the end, for the five sample offers and for eight
 * (the most the charts show).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBench {

    @Param({"5", "8"})
    public int offers;

    @Param({"PDF", "HTML"})
    public ReportFormat format;

    private Path dir;
    private Database db;
    private Path target;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("report");
        db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), offers), Clock.systemDefaultZone());
        target = dir.resolve("meeting." + format.extension());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
        BenchFolder.delete(dir);
    }

    @Benchmark
    public ReportSummary gatherAndWrite() throws Exception {
        ReportContent content = ReportContent.gather(db, Optional.empty(), Clock.systemUTC());
        return ReportWriter.write(content, target, format, ReportProgress.NONE);
    }
}
