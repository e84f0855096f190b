package io.offerbench.bench;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.compare.CompareViewModel;
import io.offerbench.ui.ranking.RankingViewModel;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.tasks.SameThreadTasks;
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

/**
 * A keystroke in an offer's base salary, to what the screens show, at view-model level (no window):
 * the scoring session takes the editor's valid draft, rescores that one offer, ranks every offer
 * under the profile (and a second one), and the ranking and compare view models rebuild their rows
 * and key figures from the one published result. The same-thread tasks run the compute lane inline,
 * so one operation is the whole path a keystroke pays before JavaFX lays out and paints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EditToVisibleBench {

    @Param({"10", "1000", "10000"})
    public int offers;

    @Param({"false", "true"})
    public boolean secondProfile;

    private Path dir;
    private Database db;
    private ScoringModel scoring;
    private RankingViewModel ranking;
    private Offer edited;
    private int keystroke;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("edit");
        db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), offers), Clock.systemDefaultZone());
        Workspace workspace = new Workspace(db, new BackgroundWork(new SameThreadTasks(), e -> {
            throw new IllegalStateException(e);
        }), java.time.Clock.systemDefaultZone());
        workspace.offers().setAll(db.offers().findAll());
        scoring = workspace.scoring();
        if (secondProfile) {
            scoring.secondWeightsProperty().set(WeightPresets.researchFirst());
        }
        ranking = new RankingViewModel(scoring);
        new CompareViewModel(workspace.offers(), scoring);
        edited = workspace.offers().get(0);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
        BenchFolder.delete(dir);
    }

    /** One more digit typed, or one taken back: each operation is a new, valid base salary. */
    @Benchmark
    public Ranking keystroke() {
        keystroke = (keystroke + 1) % 50;
        Compensation p = edited.pay();
        Offer draft = edited.toBuilder().pay(new Compensation(p.baseSalary().add(BigDecimal.valueOf(1000L * keystroke + 1)),
                p.bonusAmount(), p.bonusPercentOfBase(), p.signOnBonus(), p.signOnYears(), p.relocation())).build();
        scoring.showDraft(draft);
        if (ranking.rows().isEmpty()) {
            throw new IllegalStateException("nothing shown");
        }
        return scoring.rankingProperty().get();
    }
}
