package io.offerbench.bench;

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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building the Compare tab's five charts for eight offers, as ChartBoard does on the
 * "offerbench-charts" thread after every edit or weight change (drawing on screen is JavaFX's and
 * not included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChartBuildBench {

    private Path dir;
    private ComparedOffers offers;
    private final ChartTexts texts = ChartTexts.standard();
    private final ChartStyle style = ChartStyle.light();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("charts");
        offers = EightComparedOffers.load(dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFolder.delete(dir);
    }

    @Benchmark
    public void buildFiveCharts(Blackhole bh) {
        for (ChartKind kind : ChartKind.values()) {
            bh.consume(kind.build(offers, PayBasis.YEAR_1, style, texts));
        }
    }
}
