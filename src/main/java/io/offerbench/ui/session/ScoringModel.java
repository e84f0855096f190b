package io.offerbench.ui.session;

import io.offerbench.app.ScoringInputs;
import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.ui.tasks.Lane;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Live scores for every screen. Scoring inputs (benchmarks, rates, settings, profiles) are read on
 * the database lane; the ranking itself is computed on the compute lane, so dragging a weight
 * slider never blocks the window. Requests coalesce: while one ranking is computed, only the latest
 * further request is kept, and a result that is already stale is never shown.
 */
public final class ScoringModel {

    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<Ranking> ranking = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ranking> secondRanking = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<WeightProfile> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<WeightProfile> secondWeights = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ScoringContext> context = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScoringSettings> settings = new ReadOnlyObjectWrapper<>(ScoringSettings.defaults());
    private final ObservableList<WeightProfile> profiles = FXCollections.observableArrayList();
    private boolean computing;
    private boolean requestedAgain;

    public ScoringModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.offers().addListener((javafx.collections.ListChangeListener<Offer>) c -> rescore());
        weights.addListener((o, a, b) -> rescore());
        secondWeights.addListener((o, a, b) -> rescore());
        context.addListener((o, a, b) -> rescore());
    }

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

    /** Re-reads benchmarks, rates, estimates, settings and profiles; call after any of them changed. */
    public void reloadInputs() {
        workspace.work().run(() -> ScoringInputs.load(workspace.database()), inputs -> {
            if (!profiles.equals(inputs.profiles())) {
                profiles.setAll(inputs.profiles()); // replacing equal items would reset the profile boxes
            }
            settings.set(inputs.settings());
            if (weights.get() == null) {
                weights.set(inputs.activeProfile());
            }
            context.set(inputs.context());
        });
    }

    /** Saves scoring settings, then reloads so every screen scores with them. */
    public void saveSettings(ScoringSettings changed) {
        workspace.work().run(() -> {
            changed.save(workspace.database().settings());
            return changed;
        }, saved -> reloadInputs());
    }

    public void rescore() {
        if (context.get() == null || weights.get() == null) {
            return;
        }
        if (computing) {
            requestedAgain = true;
            return;
        }
        computing = true;
        List<Offer> offers = List.copyOf(workspace.offers());
        WeightProfile w = weights.get();
        WeightProfile w2 = secondWeights.get();
        ScoringContext ctx = context.get();
        workspace.work().tasks().run(Lane.COMPUTE, () -> {
            Ranking first = OfferScorer.rank(offers, w, ctx);
            Ranking second = w2 == null ? null : OfferScorer.rank(offers, w2, ctx);
            return new Rankings(first, second);
        }, both -> publish(both.first(), both.second()), e -> {
            finished();
            workspace.setStatus(e.getMessage());
        });
    }

    private record Rankings(Ranking first, Ranking second) {
    }

    private void publish(Ranking first, Ranking second) {
        ranking.set(first);
        secondRanking.set(second);
        finished();
    }

    private void finished() {
        computing = false;
        if (requestedAgain) {
            requestedAgain = false;
            rescore();
        }
    }
}
