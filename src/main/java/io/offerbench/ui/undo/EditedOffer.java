package io.offerbench.ui.undo;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.UndoableChange;
import io.offerbench.ui.session.OfferBook;
import io.offerbench.ui.session.StatusLine;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An offer saved from the editor, before and after. Saves that follow one another on the same offer and the
 * same fields (a figure typed with pauses) are one change. Undo saves the offer as it was before.
 */
public final class EditedOffer implements UndoableChange {

    private final OfferBook offers;
    private final StatusLine status;
    private final Offer before;
    private Offer after;
    private final Consumer<Offer> onApplied;

    /** @param onApplied runs with the offer as saved by an undo or redo (the editor shows it afresh) */
    public EditedOffer(OfferBook offers, StatusLine status, Offer before, Offer after, Consumer<Offer> onApplied) {
        this.offers = offers;
        this.status = status;
        this.before = Objects.requireNonNull(before);
        this.after = Objects.requireNonNull(after);
        this.onApplied = onApplied;
    }

    @Override
    public String description() {
        return Messages.get("undo.edit", after.label());
    }

    @Override
    public void undo() {
        apply(before);
    }

    @Override
    public void redo() {
        apply(after);
    }

    private void apply(Offer state) {
        offers.save(state, saved -> {
            status.setStatus(Messages.get("status.saved", saved.label()));
            onApplied.accept(saved);
        });
    }

    @Override
    public boolean absorb(UndoableChange next) {
        if (next instanceof EditedOffer edit && edit.before.id() == after.id() && edit.before.equals(after)
                && changedFields(before, after).equals(changedFields(edit.before, edit.after))) {
            after = edit.after;
            return true;
        }
        return false;
    }

    private static List<String> changedFields(Offer from, Offer to) {
        return OfferChanges.between(List.of(from), List.of(to)).stream().flatMap(c -> c.fields().stream())
                .map(OfferChanges.FieldChange::field).toList();
    }
}
