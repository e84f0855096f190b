package io.offerbench.ui.session;

import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.store.Database;
import io.offerbench.app.ScoringInputs;
import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoredOffers;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.ui.tasks.Lane;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Live scores for every screen, one way: inputs (the offers, an offer being typed, the weights, the
 * scoring context) flow in; one {@link Rankings} value flows out, and each screen refreshes once per
 * value. Scoring inputs are read on the database lane, in one transaction; the ranking is computed
 * on the compute lane, so dragging a weight slider never blocks the window.
 *
 * <p>The weight-independent part of each offer's score is kept ({@link ScoredOffers}): an edit
 * rescores only the edited offer, and a slider move or a second profile only ranks again.
 * Requests coalesce: while one ranking is computed, further requests collapse into one more
 * afterwards, and a result whose inputs changed while it was computed is dropped, not shown.
 */
public final class ScoringModel {

    /** What the screens show: the ranking, the one under the second profile (or null), and which request made them. */
    public record Rankings(long generation, Ranking first, Ranking second) {
    }

    private final OfferBook book;
    private final StatusLine status;
    private final BackgroundWork work;
    private final Database database;
    private final ReadOnlyObjectWrapper<Rankings> rankings = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ranking> ranking = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ranking> secondRanking = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<WeightProfile> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<WeightProfile> secondWeights = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ScoringContext> context = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScoringSettings> settings = new ReadOnlyObjectWrapper<>(ScoringSettings.defaults());
    private final ObservableList<WeightProfile> profiles = FXCollections.observableArrayList();
    private Offer draft;
    private ScoredOffers kept;
    private long requested;
    private boolean computing;
    private boolean requestedAgain;
    private boolean seeding;

    /** Ranks {@code book}'s offers; reads the scoring inputs from {@code database} through {@code work}. */
    public ScoringModel(OfferBook book, StatusLine status, BackgroundWork work, Database database) {
        this.book = book;
        this.status = status;
        this.work = work;
        this.database = database;
        book.offers().addListener((ListChangeListener<Offer>) c -> rescore());
        weights.addListener((o, a, b) -> rescore());
        secondWeights.addListener((o, a, b) -> rescore());
        context.addListener((o, a, b) -> rescore());
    }

    /** The one published result: listen here to refresh once per new ranking (both profiles at once). */
    public ReadOnlyObjectProperty<Rankings> rankingsProperty() {
        return rankings.getReadOnlyProperty();
    }

    /** The ranking under the chosen profile; set just before {@link #rankingsProperty()}. */
    public ReadOnlyObjectProperty<Ranking> rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    /** The ranking under the second profile ("compare with"), or null when none is chosen. */
    public ReadOnlyObjectProperty<Ranking> secondRankingProperty() {
        return secondRanking.getReadOnlyProperty();
    }

    public ObjectProperty<WeightProfile> weightsProperty() {
        return weights;
    }

    public ObjectProperty<WeightProfile> secondWeightsProperty() {
        return secondWeights;
    }

    public ReadOnlyObjectProperty<ScoringContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoringSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ObservableList<WeightProfile> profiles() {
        return profiles;
    }

    /**
     * Scoring inputs changed in the database (settings, profiles, benchmarks, rates, estimates, a
     * merge or a restore): reads them again, in one transaction, and ranks with them. Every writer
     * of those tables calls this once its write is done; nothing else reloads them.
     */
    public void inputsChanged() {
        work.run(() -> ScoringInputs.loadExceptOffers(database), this::use);
    }

    /**
     * Starts from inputs read and a ranking computed before the window was built (start-up does both
     * while JavaFX starts): publishes {@code first} as the first result when it is the ranking of
     * exactly these offers under these inputs and the active profile, and ranks afresh otherwise.
     *
     * @param scored the offers' weight-independent scores under the inputs' context, or null
     * @param first  the ranking of {@code scored} under the active profile, or null
     */
    public void start(ScoringInputs inputs, ScoredOffers scored, Ranking first) {
        seeding = true;
        try {
            use(inputs);
        } finally {
            seeding = false;
        }
        boolean fits = scored != null && first != null && scored.context().equals(context.get())
                && first.weights().equals(weights.get()) && draft == null && secondWeights.get() == null
                && scored.offers().size() + scored.excluded().size() == book.offers().size();
        if (!fits) {
            rescore();
            return;
        }
        kept = scored;
        requested++;
        publish(new Rankings(requested, first, null));
    }

    /** The weight-independent scores and the ranking under the active profile that start-up computes. */
    public record StartRanking(ScoredOffers scored, Ranking first) {
    }

    /**
     * Starts from inputs read before the window was built while their ranking is still being computed (start-up
     * ranks on the compute lane while the window builds its screens): that ranking counts as the one in flight, so
     * nothing ranks the offers a second time, and a request made meanwhile (an edit, another profile) is ranked
     * once it is in, from its kept scores. A failed or stale start-up ranking is replaced by a ranking of its own.
     */
    public void start(ScoringInputs inputs, java.util.concurrent.CompletionStage<StartRanking> pending) {
        seeding = true;
        try {
            use(inputs);
        } finally {
            seeding = false;
        }
        computing = true;
        long generation = ++requested;
        pending.whenComplete((done, failure) -> work.tasks().onFx(() -> started(generation, failure == null ? done : null)));
    }

    private void started(long generation, StartRanking done) {
        boolean current = done != null && generation == requested && done.scored().context().equals(context.get())
                && done.first().weights().equals(weights.get()) && draft == null && secondWeights.get() == null;
        if (done != null && done.scored().context().equals(context.get())) {
            kept = done.scored(); // right for the offers it saw, so a ranking asked for meanwhile reuses it
        }
        if (current) {
            publish(new Rankings(generation, done.first(), null));
        } else {
            requestedAgain = true;
        }
        finished();
    }

    private void use(ScoringInputs inputs) {
        if (!profiles.equals(inputs.profiles())) {
            profiles.setAll(inputs.profiles()); // replacing equal items would reset the profile boxes
        }
        settings.set(inputs.settings());
        if (weights.get() == null) {
            weights.set(inputs.activeProfile());
        }
        context.set(inputs.context());
    }

    /** Saves scoring settings in one transaction, then scores with them. */
    public void saveSettings(ScoringSettings changed) {
        work.run(() -> database.inTransaction(c -> {
            changed.save(database.settings());
            return changed;
        }), saved -> inputsChanged());
    }

    /**
     * An offer as it stands in the editor, valid but not saved yet: scores show it in place of the
     * saved copy with the same id, at once, while the autosave waits for a pause. Null shows the
     * saved offers only.
     */
    public void showDraft(Offer edited) {
        if (Objects.equals(draft, edited)) {
            return;
        }
        draft = edited;
        rescore();
    }

    /** A save landed: a draft equal to it is the saved offer now, and scores follow the list again. */
    public void draftSaved(Offer saved) {
        if (saved.equals(draft)) {
            draft = null; // the list already holds it, so nothing to rescore
        }
    }

    public void rescore() {
        if (seeding) {
            return; // start() publishes its ranking, or asks once, when every input is in
        }
        requested++;
        if (context.get() == null || weights.get() == null) {
            return;
        }
        if (computing) {
            requestedAgain = true;
            return;
        }
        computing = true;
        long generation = requested;
        List<Offer> offers = withDraft(book.offers(), draft);
        WeightProfile w = weights.get();
        WeightProfile w2 = secondWeights.get();
        ScoringContext ctx = context.get();
        ScoredOffers before = kept;
        work.tasks().run(Lane.COMPUTE, () -> {
            io.offerbench.ui.common.StartupTrace.mark("rank " + offers.size());
            ScoredOffers scored = before == null ? OfferScorer.scoreAll(offers, ctx) : before.updatedFor(offers, ctx);
            Ranking first = OfferScorer.rank(scored, w);
            Ranking second = w2 == null ? null : OfferScorer.rank(scored, w2);
            return new Computed(scored, new Rankings(generation, first, second));
        }, this::computed, e -> {
            finished();
            status.setStatus(e.getMessage());
        });
    }

    private record Computed(ScoredOffers scored, Rankings rankings) {
    }

    private void computed(Computed done) {
        io.offerbench.ui.common.StartupTrace.mark("ranked " + done.rankings().first().scores().size());
        kept = done.scored(); // still right for the offers it saw, so the next request reuses it
        if (done.rankings().generation() == requested) {
            publish(done.rankings());
        }
        finished();
    }

    private void publish(Rankings r) {
        ranking.set(r.first());
        secondRanking.set(r.second());
        rankings.set(r);
    }

    private void finished() {
        computing = false;
        if (requestedAgain) {
            requestedAgain = false;
            rescore();
        }
    }

    private static List<Offer> withDraft(List<Offer> saved, Offer draft) {
        List<Offer> out = new ArrayList<>(saved);
        if (draft != null) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).id() == draft.id()) {
                    out.set(i, draft);
                    break;
                }
            }
        }
        return out;
    }
}
