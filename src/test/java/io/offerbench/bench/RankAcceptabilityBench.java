package io.offerbench.bench;

import io.offerbench.app.ScoringInputs;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.scoring.negotiation.AcceptabilityInputs;
import io.offerbench.scoring.negotiation.RankAcceptability;
import io.offerbench.scoring.negotiation.RankAcceptabilityModel;
import io.offerbench.scoring.negotiation.WeightCertainty;
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
 * Rank acceptability: how often each offer takes each rank over {@link RankAcceptabilityModel#SAMPLES}
 * seeded weight draws around the profile and the equity scenarios. The raw scores come from one
 * ranking ({@code AcceptabilityInputs.of}, measured separately as {@link #inputs}); the Monte Carlo
 * itself only weighs them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankAcceptabilityBench {

    /** 10 is issue #12's case: a table that follows a weight slider within a 16 ms frame. */
    @Param({"5", "8", "10", "100"})
    public int offers;

    /** The default (sure) and the widest spread (unsure), whose shapes below 1 cost most per draw. */
    @Param({"SURE", "UNSURE"})
    public String certainty;

    private Path dir;
    private ScoringInputs inputs;
    private Ranking ranking;
    private AcceptabilityInputs acceptability;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("acceptability");
        try (Database db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), offers), Clock.systemDefaultZone())) {
            inputs = ScoringInputs.load(db);
        }
        ranking = inputs.rank(WeightPresets.balanced());
        acceptability = AcceptabilityInputs.of(ranking, inputs.context());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFolder.delete(dir);
    }

    /** The raw scores under every equity scenario, from a ranking already shown. */
    @Benchmark
    public AcceptabilityInputs inputs() {
        return AcceptabilityInputs.of(ranking, inputs.context());
    }

    /** The table itself: every weight draw, every scenario. */
    @Benchmark
    public RankAcceptability compute() {
        return RankAcceptabilityModel.compute(acceptability, WeightPresets.balanced(), WeightCertainty.valueOf(certainty));
    }
}
