package io.offerbench.bench;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.PayScale;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoredOffers;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import java.math.BigDecimal;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring and ranking every offer: from scratch ({@link #rank}, what the command line does), and in
 * the window's two steps, where the per-offer scores are kept and a slider move only ranks again. The offers and context come from a real database via ScoringInputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankingBench {

    @Param({"5", "100", "1000", "10000"})
    public int offers;

    private Path dir;
    private ScoringInputs inputs;
    private WeightProfile balanced;
    private WeightProfile secondProfile;
    private int sliderStep;
    private ScoredOffers scored;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("ranking");
        try (Database db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), offers), Clock.systemDefaultZone())) {
            inputs = ScoringInputs.load(db);
        }
        balanced = WeightPresets.balanced();
        secondProfile = WeightPresets.researchFirst();
        scored = OfferScorer.scoreAll(inputs.offers(), inputs.context());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchFolder.delete(dir);
    }

    /**
     * Only the per-offer part of {@link #rank}: pay projection, criteria, market position and hints
     * for every offer, without the sort and the sensitivity search. Shows how a ranking's time splits.
     */
    @Benchmark
    public void scoreEachOffer(Blackhole bh) {
        PayScale scale = PayScale.from(inputs.context());
        for (Offer offer : inputs.offers()) {
            bh.consume(OfferScorer.score(offer, balanced, inputs.context(), scale));
        }
    }

    /** The ranking the Ranking tab shows after the offers load or one is edited. */
    @Benchmark
    public Ranking rank() {
        return inputs.rank(balanced);
    }

    /**
     * The pay slider moved: a new profile built as the weights editor builds it, then every offer
     * scored again from scratch (nothing is cached, so each slider value costs a full ranking).
     */
    @Benchmark
    public Ranking sliderMove() {
        return inputs.rank(nextSliderPosition());
    }

    /** The same slider move while "compare with" shows a second profile: ScoringModel ranks twice. */
    @Benchmark
    public void sliderMoveWithSecondProfile(Blackhole bh) {
        bh.consume(inputs.rank(nextSliderPosition()));
        bh.consume(inputs.rank(secondProfile));
    }

    /**
     * The slider move as the window does it now: the per-offer scores are kept ({@code scoreAll} ran
     * once), so only the weighted totals, the order, the close call and the sensitivity are computed.
     */
    @Benchmark
    public Ranking sliderMoveFromKeptScores() {
        return OfferScorer.rank(scored, nextSliderPosition());
    }

    /** The same with a second profile shown: two rankings from the same kept scores. */
    @Benchmark
    public void sliderMoveFromKeptScoresWithSecondProfile(Blackhole bh) {
        bh.consume(OfferScorer.rank(scored, nextSliderPosition()));
        bh.consume(OfferScorer.rank(scored, secondProfile));
    }

    /** The per-offer part alone, as {@code OfferScorer.scoreAll} computes it once per context. */
    @Benchmark
    public ScoredOffers scoreAll() {
        return OfferScorer.scoreAll(inputs.offers(), inputs.context());
    }

    private WeightProfile nextSliderPosition() {
        sliderStep = (sliderStep + 1) % 20;
        return balanced.with(Criterion.PAY, BigDecimal.valueOf(21 + sliderStep));
    }
}
