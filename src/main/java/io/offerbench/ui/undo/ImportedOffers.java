package io.offerbench.ui.undo;

import io.offerbench.domain.Offer;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.UndoableChange;
import io.offerbench.ui.session.Workspace;
import java.util.ArrayList;
import java.util.List;

/** Offers added by one import: undo deletes them all (in one transaction), redo adds them back. */
public final class ImportedOffers implements UndoableChange {

    private final Workspace workspace;
    private final String fileName;
    private List<Offer> offers;

    public ImportedOffers(Workspace workspace, String fileName, List<Offer> offers) {
        this.workspace = workspace;
        this.fileName = fileName;
        this.offers = List.copyOf(offers);
    }

    @Override
    public String description() {
        return Messages.get("undo.import", fileName);
    }

    @Override
    public void undo() {
        List<Offer> added = offers;
        workspace.work().run(() -> workspace.database().inTransaction(c -> {
            for (Offer o : added) {
                workspace.database().offers().delete(o.id());
            }
            return added;
        }), removed -> {
            workspace.offers().removeIf(o -> removed.stream().anyMatch(r -> r.id() == o.id()));
            workspace.setStatus(Messages.get("undo.status.importUndone", removed.size(), fileName));
        });
    }

    @Override
    public void redo() {
        List<Offer> again = new ArrayList<>();
        offers.forEach(o -> again.add(o.toBuilder().id(0).build()));
        workspace.work().run(() -> workspace.database().offers().saveAll(again), saved -> {
            offers = List.copyOf(saved);
            workspace.addAll(saved);
            workspace.setStatus(Messages.get("sharing.status.imported", saved.size(), fileName));
        });
    }
}
