package io.offerbench.ui.undo;

import io.offerbench.domain.Offer;
import io.offerbench.domain.ReviewComment;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.UndoableChange;
import io.offerbench.ui.session.Workspace;
import java.util.List;
import java.util.function.Consumer;

/** An offer deleted with its comments; undo puts both back (the offer under a new id), redo deletes it again. */
public final class DeletedOffer implements UndoableChange {

    private final Workspace workspace;
    private final List<ReviewComment> comments;
    private final Consumer<Offer> onRestored;
    private Offer offer;

    /** @param onRestored runs with the offer as restored (the screen selects it) */
    public DeletedOffer(Workspace workspace, Offer offer, List<ReviewComment> comments, Consumer<Offer> onRestored) {
        this.workspace = workspace;
        this.offer = offer;
        this.comments = List.copyOf(comments);
        this.onRestored = onRestored;
    }

    @Override
    public String description() {
        return Messages.get("undo.delete", offer.label());
    }

    @Override
    public void undo() {
        Offer deleted = offer;
        workspace.work().run(() -> workspace.database().inTransaction(connection -> {
            Offer restored = workspace.database().offers().save(deleted.toBuilder().id(0).build());
            for (ReviewComment c : comments) {
                workspace.database().comments().add(c.on(0, restored.id()));
            }
            return restored;
        }), restored -> {
            offer = restored;
            workspace.addAll(List.of(restored));
            workspace.setStatus(Messages.get("undo.status.restored", restored.label()));
            onRestored.accept(restored);
        });
    }

    @Override
    public void redo() {
        Offer current = offer;
        workspace.delete(current, () -> workspace.setStatus(Messages.get("status.deleted", current.label())));
    }
}
