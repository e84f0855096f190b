package io.offerbench.bench;

import io.offerbench.charts.ChartExport;
import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ChartTexts;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.PayBasis;
import java.nio.file.Path;
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
 * Exporting one chart of eight offers at 1200 x 800, as the Export… button does in the background:
 * the chart is rebuilt from the same inputs, drawn to PNG or SVG and written to a file (temporary
 * name, then moved into place).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChartExportBench {

    static final int WIDTH = 1200;
    static final int HEIGHT = 800;

    @Param({"PAY_COMPOSITION", "CUMULATIVE_PAY", "MARKET_BAND", "PROFILE", "SCORE_BREAKDOWN"})
    public ChartKind chart;

    private Path dir;
    private ComparedOffers offers;
    private final ChartTexts texts = ChartTexts.standard();
    private final ChartStyle style = ChartStyle.light();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("export");
        offers = EightComparedOffers.load(dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFolder.delete(dir);
    }

    @Benchmark
    public Path png() throws Exception {
        return export(ChartExport.Format.PNG);
    }

    @Benchmark
    public Path svg() throws Exception {
        return export(ChartExport.Format.SVG);
    }

    private Path export(ChartExport.Format format) throws Exception {
        Path file = dir.resolve(chart.fileName() + "." + format.extension());
        ChartExport.write(chart.build(offers, PayBasis.YEAR_1, style, texts), file, format, WIDTH, HEIGHT);
        return file;
    }
}
