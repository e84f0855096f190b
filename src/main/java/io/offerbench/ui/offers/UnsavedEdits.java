package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.OfferBook;
import io.offerbench.ui.session.StatusLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The edits not in the database yet, which {@link UnsavedEditsGuard} reads before anything would drop them: the
 * drafts the editor keeps per offer (the fields changed and not saved, as typed; id 0 is the new offer) and the
 * offer open in the editor. It names each edit, saves each valid one (a valid city also when the base salary beside
 * it is not), or drops them all; and it keeps the set of saved offers the offers table marks.
 */
final class UnsavedEdits implements UnsavedEditsGuard.Edits {

    static final long NEW_OFFER = 0;

    /** The editor's side: the one offer open in its form. */
    interface OpenOffer {
        /** The open offer's id: -1 when none is open, {@link #NEW_OFFER} for a new one. */
        long id();

        /** The open offer as last saved; null for a new one. */
        Offer saved();

        /** The fields the form holds otherwise than {@link #saved()}, as typed. */
        Map<OfferField, Object> edits();

        /** Whether what the form shows is not what is saved (its automatic save is waiting, or it has a mistake). */
        boolean differsFromSaved();

        /** Drops a waiting automatic save. */
        void cancelAutosave();

        /** Shows the open offer as saved again, its drafts gone. */
        void revert();
    }

    private final OfferBook offers;
    private final StatusLine status;
    private OpenOffer open;
    /** Per offer (0: the new one), the fields changed and not saved, as typed; the open offer's are in its form. */
    private final Map<Long, Map<OfferField, Object>> drafts = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Set<Long>> marked = new ReadOnlyObjectWrapper<>(Set.of());

    /**
     * @param offers where the valid edits are saved, and the saved offers a draft is compared with
     * @param status says what was saved
     */
    UnsavedEdits(OfferBook offers, StatusLine status) {
        this.offers = offers;
        this.status = status;
    }

    /** Set once, by the editor that owns the form. */
    void attach(OpenOffer editor) {
        if (this.open != null) {
            throw new IllegalStateException("already attached to an editor");
        }
        this.open = editor;
    }

    /** Keeps {@code edits} as offer {@code id}'s draft; no edits forget it. */
    void keep(long id, Map<OfferField, Object> edits) {
        if (edits.isEmpty()) {
            drafts.remove(id);
        } else {
            drafts.put(id, edits);
        }
    }

    /** Offer {@code id}'s draft, now back in the editor's hands; null when there is none. */
    Map<OfferField, Object> take(long id) {
        return drafts.remove(id);
    }

    /** Forgets offer {@code id}'s draft (the offer was deleted). */
    void drop(long id) {
        drafts.remove(id);
        refresh();
    }

    /**
     * The ids of the saved offers with edits not in the database yet: invalid ones kept as drafts, and the
     * editor's own while its automatic save is still waiting. The table marks them.
     */
    ReadOnlyObjectProperty<Set<Long>> markedProperty() {
        return marked.getReadOnlyProperty();
    }

    /** Recomputes {@link #markedProperty()} after the drafts or the open offer changed. */
    void refresh() {
        Set<Long> ids = new TreeSet<>();
        drafts.forEach((id, edits) -> {
            if (id > NEW_OFFER && !edits.isEmpty()) {
                ids.add(id);
            }
        });
        long openId = open.id();
        if (openId > NEW_OFFER) {
            if (open.differsFromSaved()) {
                ids.add(openId);
            } else {
                ids.remove(openId);
            }
        }
        if (!ids.equals(marked.get())) {
            marked.set(Set.copyOf(ids));
        }
    }

    /** Every edit not in the database yet, offer by offer (the open one first), each saying whether it can be saved. */
    @Override
    public List<UnsavedEdit> unsavedEdits() {
        List<UnsavedEdit> all = new ArrayList<>();
        plans().forEach(p -> all.addAll(p.edits()));
        return all;
    }

    /**
     * Saves every edit that can be saved, forgets the rest, and then tells {@code then} which edits were not saved,
     * once the database has them all. If a save fails (its error is shown), nothing is forgotten and {@code then}
     * does not run: the window stays and the editor still holds everything as typed.
     */
    @Override
    public void saveUnsaved(Consumer<List<UnsavedEdit>> then) {
        List<EditedFields.Plan> plans = plans();
        if (plans.isEmpty()) {
            then.accept(List.of());
            return;
        }
        List<UnsavedEdit> notSaved = new ArrayList<>();
        plans.forEach(p -> p.edits().stream().filter(e -> !e.canBeSaved()).forEach(notSaved::add));
        List<Offer> toSave = plans.stream().map(EditedFields.Plan::toSave).filter(o -> o != null).toList();
        open.cancelAutosave();
        if (toSave.isEmpty()) {
            discardUnsaved();
            then.accept(notSaved);
            return;
        }
        int[] left = {toSave.size()};
        for (Offer offer : toSave) {
            offers.save(offer, saved -> {
                if (--left[0] == 0) {
                    discardUnsaved();
                    status.setStatus(Messages.get("status.saved", saved.label()));
                    then.accept(notSaved);
                }
            });
        }
    }

    /** Drops every unsaved edit: the editor shows its offer as saved again. */
    @Override
    public void discardUnsaved() {
        open.cancelAutosave();
        drafts.clear();
        open.revert();
        refresh();
    }

    private List<EditedFields.Plan> plans() {
        List<EditedFields.Plan> plans = new ArrayList<>();
        long openId = open.id();
        if (openId >= 0) {
            Map<OfferField, Object> edits = open.edits();
            if (!edits.isEmpty()) {
                plans.add(EditedFields.plan(openId, open.saved(), edits));
            }
        }
        drafts.forEach((id, edits) -> {
            if (id == openId || edits.isEmpty()) {
                return;
            }
            Offer saved = id == NEW_OFFER ? null : offers.offers().stream().filter(o -> o.id() == id).findFirst().orElse(null);
            if (id == NEW_OFFER || saved != null) {
                plans.add(EditedFields.plan(id, saved, edits));
            }
        });
        return plans;
    }
}
