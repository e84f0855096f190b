package io.offerbench.ui.ranking;

import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.negotiation.CounterOfferSolver;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The negotiation part of the score panel: what the selected offer would need to lead. Solving takes
 * a few dozen rescorings of one offer, so it runs on the compute lane; a result for an offer or ranking
 * that is no longer on screen is dropped (generation counter), so a fast slider never shows stale advice.
 */
public final class NegotiationViewModel {

    private final Executor background;
    private final Executor fx;
    private final Supplier<ScoringContext> context;
    private final ReadOnlyObjectWrapper<List<String>> targets = new ReadOnlyObjectWrapper<>(List.of());
    private long generation;

    /** Solves on the compute lane of {@code tasks} and shows the result on the FX thread. */
    public NegotiationViewModel(Supplier<ScoringContext> context, Tasks tasks) {
        this(context, work -> tasks.run(Lane.COMPUTE, () -> {
            work.run();
            return work;
        }, done -> { }, failed -> { }), tasks::onFx);
    }

    NegotiationViewModel(Supplier<ScoringContext> context, Executor background, Executor fx) {
        this.context = context;
        this.background = background;
        this.fx = fx;
    }

    /** Sentences for the selected offer's counter-offer targets; empty while there is nothing to say. */
    public ReadOnlyObjectProperty<List<String>> targetsProperty() {
        return targets.getReadOnlyProperty();
    }

    /** Call on the FX thread whenever the selected score or the ranking changes. */
    public void show(OfferScore selected, Ranking ranking) {
        long mine = ++generation;
        ScoringContext ctx = context.get();
        if (selected == null || ranking == null || ctx == null || ranking.scores().size() < 2
                || !ranking.scores().contains(selected)) {
            targets.set(List.of());
            return;
        }
        targets.set(List.of(Messages.get("negotiation.targets.working")));
        background.execute(() -> {
            List<String> lines;
            try {
                lines = NegotiationWords.targets(CounterOfferSolver.solve(selected, ranking, ctx));
            } catch (RuntimeException e) {
                lines = List.of();
            }
            List<String> done = lines;
            fx.execute(() -> {
                if (mine == generation) {
                    targets.set(done);
                }
            });
        });
    }
}
