package io.offerbench.bench;

import io.offerbench.exchange.CsvImportResult;
import io.offerbench.exchange.OfferCsvImporter;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a 1,000-row offer CSV: UTF-8 check, parsing and validating every cell into offers (the
 * all-or-nothing step before the one-transaction save). From bytes in memory, so the disk is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvImportBench {

    private byte[] csv;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        csv = ImportCsv.bytes(ImportCsv.ROWS);
    }

    @Benchmark
    public CsvImportResult parseAndValidate() throws Exception {
        return OfferCsvImporter.parse(new ByteArrayInputStream(csv), ImportCsv.NAME);
    }
}
