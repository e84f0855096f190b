package io.offerbench.ui.undo;

import io.offerbench.exchange.Comparison;
import io.offerbench.exchange.ComparisonImporter;
import io.offerbench.exchange.ImportSummary;
import io.offerbench.exchange.MergeEffect;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.UndoableChange;
import io.offerbench.ui.session.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison file merged into this one (File > Import comparison, "Merge"), with the file's side taken in
 * conflicts if the user chose so. Undo puts back exactly what the merge changed ({@link MergeEffect}); redo merges
 * the same file's contents again, and takes the file's side again if that was chosen.
 */
public final class MergedComparison implements UndoableChange {

    private final Workspace workspace;
    private final String fileName;
    private final Comparison comparison;
    private final ComparisonImporter.OfferMerge mode;
    private final List<MergeEffect> effects = new ArrayList<>();
    private boolean tookTheirs;

    public MergedComparison(Workspace workspace, String fileName, Comparison comparison, ComparisonImporter.OfferMerge mode,
            MergeEffect merged) {
        this.workspace = workspace;
        this.fileName = fileName;
        this.comparison = comparison;
        this.mode = mode;
        this.effects.add(merged);
    }

    /** The user then took the file's side of the conflicts: one undo takes back both. */
    public void tookTheirs(MergeEffect replaced) {
        tookTheirs = true;
        effects.add(replaced);
    }

    @Override
    public String description() {
        return Messages.get("undo.merge", fileName);
    }

    @Override
    public void undo() {
        List<MergeEffect> taken = List.copyOf(effects);
        workspace.work().run(() -> {
            for (int i = taken.size() - 1; i >= 0; i--) {
                taken.get(i).undo(workspace.database());
            }
            return taken;
        }, done -> reload(Messages.get("undo.status.mergeUndone", fileName)));
    }

    @Override
    public void redo() {
        workspace.work().run(() -> {
            List<MergeEffect> again = new ArrayList<>();
            MergeEffect.Tracked<ImportSummary> merged = MergeEffect.track(workspace.database(),
                    () -> ComparisonImporter.merge(workspace.database(), comparison, mode));
            again.add(merged.effect());
            if (tookTheirs && !merged.result().conflicts().isEmpty()) {
                again.add(MergeEffect.track(workspace.database(), () -> {
                    ComparisonImporter.takeTheirs(workspace.database(), merged.result().conflicts());
                    return merged.result();
                }).effect());
            }
            return again;
        }, again -> {
            effects.clear();
            effects.addAll(again);
            reload(Messages.get("sharing.status.imported", effects.get(0).addedOfferCount(), fileName));
        });
    }

    private void reload(String status) {
        workspace.scoringInputsChanged(); // profiles, benchmark rows, rates and estimates may have changed too
        workspace.reloadOffers(() -> workspace.setStatus(status));
    }
}
