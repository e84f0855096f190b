package io.offerbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.tasks.Debounce;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.SameThreadTasks;
import io.offerbench.ui.tasks.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scoring session without a window, on the same-thread tasks: database work runs at once, and
 * rankings wait on the compute lane until the test lets them finish, so "a ranking computed while
 * the inputs changed" can be staged exactly.
 */
class ScoringModelTest {

    @TempDir
    Path dir;

    private Database db;
    private final HeldCompute tasks = new HeldCompute();
    private Workspace workspace;
    private ScoringModel scoring;
    private final List<ScoringModel.Rankings> published = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        SampleDatabase.create(dir.resolve("offers.db"));
        db = Database.open(dir.resolve("offers.db"), Clock.systemDefaultZone());
        workspace = new Workspace(db, new BackgroundWork(tasks, e -> {
            throw new AssertionError(e);
        }), java.time.Clock.systemDefaultZone());
        workspace.offers().setAll(db.offers().findAll());
        scoring = workspace.scoring();
        scoring.rankingsProperty().addListener((o, was, now) -> published.add(now));
        tasks.finishAll();
        published.clear();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRankingWhoseInputsChangedWhileItWasComputedIsDroppedAndOnlyTheLatestIsShown() {
        WeightProfile payFirst = WeightPresets.payFirst();
        WeightProfile research = WeightPresets.researchFirst();
        scoring.weightsProperty().set(payFirst);
        assertThat(tasks.held()).isEqualTo(1);
        scoring.weightsProperty().set(research); // while pay-first is still being ranked
        scoring.weightsProperty().set(payFirst);
        scoring.weightsProperty().set(research);

        tasks.finishOne(); // the pay-first ranking arrives, already stale
        assertThat(published).as("a stale ranking is never shown").isEmpty();
        assertThat(tasks.held()).as("the requests made meanwhile collapse into one").isEqualTo(1);

        tasks.finishAll();
        assertThat(published).hasSize(1);
        assertThat(scoring.rankingProperty().get().weights()).isEqualTo(research);
        assertThat(published.get(0).first()).isSameAs(scoring.rankingProperty().get());
    }

    @Test
    void bothProfilesArePublishedTogetherOnce() {
        scoring.secondWeightsProperty().set(WeightPresets.researchFirst());
        tasks.finishAll();
        assertThat(published).hasSize(1);
        ScoringModel.Rankings shown = published.get(0);
        assertThat(shown.first().weights()).isEqualTo(WeightPresets.balanced());
        assertThat(shown.second().weights()).isEqualTo(WeightPresets.researchFirst());
        assertThat(scoring.secondRankingProperty().get()).isSameAs(shown.second());
    }

    @Test
    void aDraftIsScoredAtOnceInPlaceOfTheSavedOfferAndTheDatabaseIsNotTouched() throws Exception {
        Offer helix = workspace.offers().stream().filter(o -> o.company().equals("Helix AI")).findFirst().orElseThrow();
        Offer typed = helix.toBuilder().pay(new io.offerbench.domain.Compensation(new java.math.BigDecimal("900000"),
                helix.pay().bonusAmount(), helix.pay().bonusPercentOfBase(), helix.pay().signOnBonus(),
                helix.pay().signOnYears(), helix.pay().relocation())).build();

        scoring.showDraft(typed);
        tasks.finishAll();

        OfferScore shown = scoreOf(scoring.rankingProperty().get(), helix.id());
        assertThat(shown.offer()).isEqualTo(typed);
        assertThat(shown.total()).isEqualByComparingTo(scoreOf(expected(List.of(typed)), helix.id()).total());
        assertThat(db.offers().find(helix.id()).orElseThrow()).as("nothing saved yet").isEqualTo(helix);

        scoring.showDraft(null);
        tasks.finishAll();
        assertThat(scoreOf(scoring.rankingProperty().get(), helix.id()).offer()).isEqualTo(helix);
    }

    @Test
    void writersOfScoringInputsAreFollowedWithoutAnyScreenAsking() {
        Ranking before = scoring.rankingProperty().get();
        db.rates().save(new io.offerbench.domain.ExchangeRate(io.offerbench.domain.CurrencyCode.CNY, new java.math.BigDecimal("3.58"),
                java.time.LocalDate.of(2026, 12, 1), "test: half the documents' rate"));
        workspace.scoringInputsChanged();
        tasks.finishAll();

        Ranking after = scoring.rankingProperty().get();
        assertThat(after).isNotEqualTo(before);
        assertThat(after).isEqualTo(ScoringInputs.load(db).rank(WeightPresets.balanced()));
    }

    @Test
    void aRankingMadeAtStartUpIsShownAtOnceWithoutRankingAgainAndTheNextEditFollows() {
        ScoringInputs inputs = ScoringInputs.load(db);
        io.offerbench.scoring.ScoredOffers scored = io.offerbench.scoring.OfferScorer.scoreAll(inputs.offers(), inputs.context());
        Ranking atStart = io.offerbench.scoring.OfferScorer.rank(scored, inputs.activeProfile());
        Workspace fresh = new Workspace(db, new BackgroundWork(tasks, e -> {
            throw new AssertionError(e);
        }), java.time.Clock.systemDefaultZone());
        List<ScoringModel.Rankings> shown = new ArrayList<>();

        fresh.show(inputs, scored, atStart, () -> { });
        fresh.scoring().rankingsProperty().addListener((o, was, now) -> shown.add(now));

        assertThat(tasks.held()).as("nothing is ranked again").isZero();
        assertThat(fresh.offers()).isEqualTo(inputs.offers());
        assertThat(fresh.scoring().rankingProperty().get()).isSameAs(atStart);
        assertThat(fresh.scoring().contextProperty().get()).isEqualTo(inputs.context());
        fresh.scoring().inputsChanged(); // what a screen built before show() asked for arrives: the same inputs
        assertThat(tasks.held()).as("equal inputs rank nothing again").isZero();
        assertThat(shown).isEmpty();

        fresh.scoring().weightsProperty().set(WeightPresets.payFirst());
        tasks.finishAll();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).first()).isEqualTo(inputs.rank(WeightPresets.payFirst()));
    }

    @Test
    void aScreenBuiltBeforeTheStartUpInputsArriveMakesTheScoresWithoutReadingTheInputsAgain() {
        ScoringInputs inputs = ScoringInputs.load(db);
        io.offerbench.scoring.ScoredOffers scored = io.offerbench.scoring.OfferScorer.scoreAll(inputs.offers(), inputs.context());
        Ranking atStart = io.offerbench.scoring.OfferScorer.rank(scored, inputs.activeProfile());
        Workspace fresh = new Workspace(db, new BackgroundWork(tasks, e -> {
            throw new AssertionError(e);
        }), java.time.Clock.systemDefaultZone());
        fresh.awaitStartupInputs();
        int reads = tasks.databaseRuns();

        fresh.scoring(); // what the Offers screen does while it is built, before start-up hands over
        fresh.show(inputs, scored, atStart, () -> { });

        assertThat(tasks.databaseRuns() - reads).as("the inputs start-up read are not read again").isZero();
        assertThat(fresh.scoring().rankingProperty().get()).isSameAs(atStart);
        assertThat(fresh.scoring().contextProperty().get()).isEqualTo(inputs.context());
        fresh.scoringInputsChanged(); // a writer of scoring inputs, later: still followed
        assertThat(tasks.databaseRuns() - reads).isEqualTo(1);
    }

    @Test
    void withoutStartUpInputsTheScoringModelReadsItsOwn() {
        Workspace fresh = new Workspace(db, new BackgroundWork(tasks, e -> {
            throw new AssertionError(e);
        }), java.time.Clock.systemDefaultZone());
        int reads = tasks.databaseRuns();

        fresh.scoring();

        assertThat(tasks.databaseRuns() - reads).isEqualTo(1);
        assertThat(fresh.scoring().contextProperty().get()).isEqualTo(ScoringInputs.load(db).context());
    }

    @Test
    void aStartUpRankingOfOtherOffersIsNotShownTheOffersAreRankedInstead() {
        ScoringInputs inputs = ScoringInputs.load(db);
        List<Offer> fewer = inputs.offers().subList(0, 2);
        io.offerbench.scoring.ScoredOffers scored = io.offerbench.scoring.OfferScorer.scoreAll(fewer, inputs.context());
        Ranking ofFewer = io.offerbench.scoring.OfferScorer.rank(scored, inputs.activeProfile());
        Workspace fresh = new Workspace(db, new BackgroundWork(tasks, e -> {
            throw new AssertionError(e);
        }), java.time.Clock.systemDefaultZone());

        fresh.show(inputs, scored, ofFewer, () -> { });
        assertThat(fresh.scoring().rankingProperty().get()).as("not shown").isNull();
        tasks.finishAll();

        assertThat(fresh.scoring().rankingProperty().get()).isEqualTo(inputs.rank(inputs.activeProfile()));
    }

    @Test
    void aStartUpRankingStillComputingWhenTheWindowShowsIsShownWhenDoneAndNotComputedAgain() {
        ScoringInputs inputs = ScoringInputs.load(db);
        io.offerbench.scoring.ScoredOffers scored = io.offerbench.scoring.OfferScorer.scoreAll(inputs.offers(), inputs.context());
        Ranking atStart = io.offerbench.scoring.OfferScorer.rank(scored, inputs.activeProfile());
        Workspace fresh = new Workspace(db, new BackgroundWork(tasks, e -> {
            throw new AssertionError(e);
        }), java.time.Clock.systemDefaultZone());
        java.util.concurrent.CompletableFuture<ScoringModel.StartRanking> pending = new java.util.concurrent.CompletableFuture<>();
        boolean[] listed = {false};

        fresh.show(inputs, pending, () -> listed[0] = true);
        assertThat(listed[0]).as("the offers are listed before the ranking is in").isTrue();
        assertThat(fresh.offers()).isEqualTo(inputs.offers());
        assertThat(fresh.scoring().rankingProperty().get()).isNull();

        pending.complete(new ScoringModel.StartRanking(scored, atStart));
        assertThat(tasks.held()).as("nothing is ranked again").isZero();
        assertThat(fresh.scoring().rankingProperty().get()).isSameAs(atStart);
    }

    @Test
    void aChangeMadeWhileTheStartUpRankingIsComputedIsRankedAfterItAndTheStartUpRankingIsNotShown() {
        ScoringInputs inputs = ScoringInputs.load(db);
        io.offerbench.scoring.ScoredOffers scored = io.offerbench.scoring.OfferScorer.scoreAll(inputs.offers(), inputs.context());
        Ranking atStart = io.offerbench.scoring.OfferScorer.rank(scored, inputs.activeProfile());
        Workspace fresh = new Workspace(db, new BackgroundWork(tasks, e -> {
            throw new AssertionError(e);
        }), java.time.Clock.systemDefaultZone());
        java.util.concurrent.CompletableFuture<ScoringModel.StartRanking> pending = new java.util.concurrent.CompletableFuture<>();
        List<ScoringModel.Rankings> shown = new ArrayList<>();
        fresh.show(inputs, pending, () -> { });
        fresh.scoring().rankingsProperty().addListener((o, was, now) -> shown.add(now));

        fresh.scoring().weightsProperty().set(WeightPresets.payFirst()); // while start-up still ranks under the active profile
        assertThat(tasks.held()).as("waits for the ranking in flight").isZero();
        pending.complete(new ScoringModel.StartRanking(scored, atStart));
        assertThat(shown).as("the start-up ranking is stale: never shown").isEmpty();
        tasks.finishAll();

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).first()).isEqualTo(inputs.rank(WeightPresets.payFirst()));
    }

    @Test
    void aStartUpRankingThatFailedIsReplacedByARankingOfItsOwn() {
        ScoringInputs inputs = ScoringInputs.load(db);
        Workspace fresh = new Workspace(db, new BackgroundWork(tasks, e -> {
            throw new AssertionError(e);
        }), java.time.Clock.systemDefaultZone());
        java.util.concurrent.CompletableFuture<ScoringModel.StartRanking> pending = new java.util.concurrent.CompletableFuture<>();
        fresh.show(inputs, pending, () -> { });

        pending.completeExceptionally(new IllegalStateException("scoring failed"));
        tasks.finishAll();

        assertThat(fresh.scoring().rankingProperty().get()).isEqualTo(inputs.rank(inputs.activeProfile()));
    }

    private Ranking expected(List<Offer> replacing) {
        ScoringInputs inputs = ScoringInputs.load(db);
        List<Offer> offers = new ArrayList<>(inputs.offers());
        replacing.forEach(r -> offers.replaceAll(o -> o.id() == r.id() ? r : o));
        return io.offerbench.scoring.OfferScorer.rank(offers, WeightPresets.balanced(), inputs.context());
    }

    private static OfferScore scoreOf(Ranking r, long id) {
        return r.scores().stream().filter(s -> s.offer().id() == id).findFirst().orElseThrow();
    }

    /** Same-thread tasks, except that compute-lane work waits until the test finishes it. */
    private static final class HeldCompute implements Tasks {
        private final SameThreadTasks now = new SameThreadTasks();
        private final Deque<Runnable> compute = new ArrayDeque<>();
        private int databaseRuns;

        /** How many pieces of work ran on the database lane so far. */
        int databaseRuns() {
            return databaseRuns;
        }

        @Override
        public <T> void run(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
            if (lane == Lane.DATABASE) {
                databaseRuns++;
            }
            if (lane == Lane.COMPUTE) {
                compute.add(() -> now.run(lane, work, onSuccess, onError));
            } else {
                now.run(lane, work, onSuccess, onError);
            }
        }

        @Override
        public void run(Lane lane, Task<?> task) {
            now.run(lane, task);
        }

        @Override
        public void onFx(Runnable action) {
            action.run();
        }

        @Override
        public Debounce debounce(Duration quiet, Runnable action) {
            return now.debounce(quiet, action);
        }

        @Override
        public void shutdown() {
            now.shutdown();
        }

        int held() {
            return compute.size();
        }

        void finishOne() {
            compute.poll().run();
        }

        void finishAll() {
            while (!compute.isEmpty()) {
                finishOne();
            }
        }
    }
}
