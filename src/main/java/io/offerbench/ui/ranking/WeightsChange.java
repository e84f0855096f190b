package io.offerbench.ui.ranking;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.UndoableChange;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The weights moved on the Ranking tab (a slider dragged, a number typed, another profile picked), before and
 * after. Moves of the same criterion that follow one another are one change, so one undo takes back a whole drag.
 */
final class WeightsChange implements UndoableChange {

    /** What the weights editor showed: the profile it started from and each criterion's weight. */
    record State(WeightProfile chosen, Map<Criterion, Double> weights) {
        State {
            weights = Map.copyOf(weights);
        }

        /** The one criterion whose weight differs from {@code other}'s, or null if none or several do. */
        Criterion onlyDifference(State other) {
            Criterion found = null;
            for (Map.Entry<Criterion, Double> e : weights.entrySet()) {
                if (!Objects.equals(e.getValue(), other.weights.get(e.getKey()))) {
                    if (found != null) {
                        return null;
                    }
                    found = e.getKey();
                }
            }
            return found;
        }
    }

    private final State before;
    private State after;
    private final Consumer<State> restore;

    WeightsChange(State before, State after, Consumer<State> restore) {
        this.before = before;
        this.after = after;
        this.restore = restore;
    }

    @Override
    public String description() {
        if (!Objects.equals(before.chosen(), after.chosen()) && after.chosen() != null) {
            return Messages.get("undo.weights.profile", after.chosen().name());
        }
        Criterion moved = before.onlyDifference(after);
        return moved == null ? Messages.get("undo.weights") : Messages.get("undo.weights.one", Messages.get("criterion." + moved.name()));
    }

    @Override
    public void undo() {
        restore.accept(before);
    }

    @Override
    public void redo() {
        restore.accept(after);
    }

    @Override
    public boolean absorb(UndoableChange next) {
        if (next instanceof WeightsChange move && move.before.equals(after)
                && Objects.equals(before.chosen(), after.chosen()) && Objects.equals(move.before.chosen(), move.after.chosen())) {
            Criterion mine = before.onlyDifference(after);
            if (mine != null && mine == move.before.onlyDifference(move.after)) {
                after = move.after;
                return true;
            }
        }
        return false;
    }
}
