package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.ui.session.OfferBook;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.session.StatusLine;
import io.offerbench.ui.session.UndoHistory;
import io.offerbench.ui.tasks.Tasks;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.undo.EditedOffer;
import io.offerbench.ui.tasks.Debounce;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The editor's behaviour: it saves automatically a moment after the user stops typing, but only a
 * form that reads back into a valid offer. A form with mistakes is never saved and never thrown
 * away: the fields the user changed are kept as a draft (per offer, field by field) until the user fixes
 * it, even when they look at another offer in between. Before the window goes (quit, close, another
 * database, a restore) {@link #unsavedEdits()} names every edit not in the database yet, and
 * {@link #saveUnsaved} saves each one that is valid, also when another field of the same offer is not.
 */
public final class OfferEditorViewModel implements UnsavedEditsGuard.Edits {

    static final Duration SAVE_DELAY = Duration.ofMillis(500);
    private static final long NEW_OFFER = 0;

    private final OfferBook offers;
    private final StatusLine status;
    private final ScoringModel scoring;
    private final UndoHistory history;
    private final OfferForm form = new OfferForm();
    /** Per offer (0: the new one), the fields changed and not saved, as typed; the editor's own offer is in the form. */
    private final Map<Long, Map<OfferField, Object>> drafts = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Set<Long>> unsavedOffers = new ReadOnlyObjectWrapper<>(Set.of());
    private int savesInFlight;
    private OfferForm savedForm;
    private Offer savedFormOf;
    private final Debounce saveTimer;
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final BooleanProperty showErrors = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper savedCompany = new ReadOnlyStringWrapper("");
    private boolean notSavedShown;
    private Offer lastSaved;
    private long currentId = -1;
    private boolean loading;

    private final Consumer<Offer> onCreated;

    /**
     * @param offers    where a valid form is saved
     * @param status    says what was saved, or why not
     * @param scoring   shows a valid draft's scores before it is saved
     * @param history   Edit > Undo's list, which gets every saved edit
     * @param tasks     debounces the autosave
     * @param onCreated runs when a new offer is saved for the first time (the screen selects it)
     */
    public OfferEditorViewModel(OfferBook offers, StatusLine status, ScoringModel scoring, UndoHistory history, Tasks tasks,
            Consumer<Offer> onCreated) {
        this.offers = offers;
        this.status = status;
        this.scoring = scoring;
        this.history = history;
        this.onCreated = onCreated;
        this.saveTimer = tasks.debounce(SAVE_DELAY, this::saveNow);
        form.properties().forEach(p -> p.addListener(x -> onEdited()));
    }

    OfferForm form() {
        return form;
    }

    /** True while an offer (saved or new) is in the editor. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    /**
     * False while a new offer's form is untouched: empty required fields are not mistakes yet, so no message
     * shows until the user has typed something.
     */
    public BooleanProperty showErrorsProperty() {
        return showErrors;
    }

    /** The company of the offer as last saved (empty for a new offer): the heading while Company is being retyped. */
    public ReadOnlyStringProperty savedCompanyProperty() {
        return savedCompany.getReadOnlyProperty();
    }

    /** What stops the form from being saved, one message per line; empty when all is well. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /**
     * Shows a saved offer; the same offer coming back after its own save does not reset the fields. The same
     * offer changed from outside (a restore, a merged comparison) shows its new values, with the user's unsaved
     * edits still over them.
     */
    public void show(Offer offer) {
        if (offer != null && offer.id() == currentId) {
            if (savesInFlight == 0 && lastSaved != null && !offer.equals(lastSaved)) {
                Map<OfferField, Object> edits = EditedFields.of(form, lastSaved);
                lastSaved = offer;
                savedCompany.set(offer.company());
                drafts.put(currentId, edits);
                loadFields(offer);
            } else {
                lastSaved = offer;
            }
            refreshUnsaved();
            return;
        }
        if (offer == null && currentId == NEW_OFFER) {
            return; // the table lost its selection because the user is entering a new offer
        }
        flush();
        stashDraft();
        if (currentId > NEW_OFFER) {
            scoring.showDraft(null); // scores show the saved offers again (a valid draft was just saved)
        }
        lastSaved = offer;
        savedCompany.set(offer == null ? "" : offer.company());
        showErrors.set(true);
        currentId = offer == null ? -1 : offer.id();
        editing.set(offer != null);
        if (offer != null) {
            loadFields(offer);
        }
        refreshUnsaved();
    }

    /** Starts a new, unsaved offer; it is saved (and appears in the table) once company and base salary are valid. */
    public void startNew() {
        flush();
        stashDraft();
        lastSaved = null;
        savedCompany.set("");
        showErrors.set(false);
        currentId = NEW_OFFER;
        editing.set(true);
        loading = true;
        Map<OfferField, Object> draft = drafts.remove(NEW_OFFER);
        try {
            OfferFormLoader.loadDefaults(form);
            if (draft != null) {
                EditedFields.apply(form, draft); // the new offer the user left half typed, as they left it
            }
        } finally {
            loading = false;
        }
        if (draft != null) {
            showErrors.set(true);
            problems.set(String.join("\n", form.build(currentId).errors()));
        } else {
            problems.set("");
        }
        refreshUnsaved();
    }

    public void flush() {
        if (saveTimer.isPending()) {
            saveTimer.cancel();
            saveNow();
        }
    }

    public void discardDraft(long id) {
        drafts.remove(id);
        refreshUnsaved();
    }

    /**
     * The ids of the saved offers with edits not in the database yet: invalid ones kept as drafts, and the
     * editor's own while its automatic save is still waiting. The table marks them.
     */
    public ReadOnlyObjectProperty<Set<Long>> unsavedOffersProperty() {
        return unsavedOffers.getReadOnlyProperty();
    }

    /** Every edit not in the database yet, offer by offer (the editor's own first), each saying whether it can be saved. */
    @Override
    public List<UnsavedEdit> unsavedEdits() {
        List<UnsavedEdit> all = new ArrayList<>();
        plans().forEach(p -> all.addAll(p.edits()));
        return all;
    }

    /**
     * Saves every edit that can be saved (a valid city is saved even when the base salary beside it is not),
     * forgets the rest, and then tells {@code then} which edits were not saved, once the database has them all.
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
        saveTimer.cancel();
        if (toSave.isEmpty()) {
            forgetEdits();
            then.accept(notSaved);
            return;
        }
        // The edits are forgotten only once the database has every save: if one fails (the error is shown),
        // the window stays and the editor still holds everything as typed.
        int[] left = {toSave.size()};
        for (Offer offer : toSave) {
            offers.save(offer, saved -> {
                if (--left[0] == 0) {
                    forgetEdits();
                    status.setStatus(Messages.get("status.saved", saved.label()));
                    then.accept(notSaved);
                }
            });
        }
    }

    /** Drops every unsaved edit: the editor shows its offer as saved again. */
    @Override
    public void discardUnsaved() {
        forgetEdits();
    }

    private List<EditedFields.Plan> plans() {
        List<EditedFields.Plan> plans = new ArrayList<>();
        if (currentId >= 0) {
            Map<OfferField, Object> edits = EditedFields.of(form, lastSaved);
            if (!edits.isEmpty()) {
                plans.add(EditedFields.plan(currentId, lastSaved, edits));
            }
        }
        drafts.forEach((id, edits) -> {
            if (id == currentId || edits.isEmpty()) {
                return;
            }
            Offer saved = id == NEW_OFFER ? null : offers.offers().stream().filter(o -> o.id() == id).findFirst().orElse(null);
            if (id == NEW_OFFER || saved != null) {
                plans.add(EditedFields.plan(id, saved, edits));
            }
        });
        return plans;
    }

    private void forgetEdits() {
        saveTimer.cancel();
        drafts.clear();
        notSavedShown = false;
        if (currentId >= 0) {
            loading = true;
            try {
                if (lastSaved != null) {
                    form.load(lastSaved);
                } else {
                    OfferFormLoader.loadDefaults(form);
                }
            } finally {
                loading = false;
            }
            problems.set(lastSaved == null ? "" : String.join("\n", form.build(currentId).errors()));
            if (currentId > NEW_OFFER) {
                scoring.showDraft(null);
            }
        }
        refreshUnsaved();
    }

    /** The form holding {@link #lastSaved}, made once per saved state: the per-keystroke check compares with it. */
    private OfferForm savedForm() {
        if (savedForm == null || savedFormOf != lastSaved) {
            savedForm = EditedFields.baseline(lastSaved);
            savedFormOf = lastSaved;
        }
        return savedForm;
    }

    /** The offers the table marks: drafts kept, and the editor's own offer while what it shows is not what is saved. */
    private void refreshUnsaved() {
        Set<Long> ids = new TreeSet<>();
        drafts.forEach((id, edits) -> {
            if (id > NEW_OFFER && !edits.isEmpty()) {
                ids.add(id);
            }
        });
        if (currentId > NEW_OFFER) {
            FormResult result = form.build(currentId);
            if (result.isValid() ? !result.offer().equals(lastSaved) : !EditedFields.of(form, savedForm()).isEmpty()) {
                ids.add(currentId);
            } else {
                ids.remove(currentId);
            }
        }
        if (!ids.equals(unsavedOffers.get())) {
            unsavedOffers.set(Set.copyOf(ids));
        }
    }

    private void onEdited() {
        if (!loading && currentId >= 0) {
            showErrors.set(true);
            FormResult result = form.build(currentId);
            problems.set(String.join("\n", result.errors()));
            if (result.isValid() && currentId != NEW_OFFER) {
                // Scores, ranking and charts follow the keystroke; the save still waits for a pause.
                scoring.showDraft(result.offer());
            }
            saveTimer.restart();
            refreshUnsaved();
        }
    }

    private void saveNow() {
        if (currentId < 0) {
            return;
        }
        FormResult result = form.build(currentId);
        problems.set(String.join("\n", result.errors()));
        if (!result.isValid()) {
            status.setStatus(Messages.get("status.notSaved", result.errors().get(0)));
            notSavedShown = true;
            return;
        }
        if (result.offer().equals(lastSaved)) {
            if (notSavedShown) {
                // Put back as it was saved: "Not saved yet" no longer holds.
                status.setStatus(Messages.get("status.saved", lastSaved.label()));
                notSavedShown = false;
            }
            return;
        }
        notSavedShown = false;
        long savingId = currentId;
        Offer before = lastSaved;
        savesInFlight++;
        offers.save(result.offer(), saved -> {
            savesInFlight--;
            if (before != null && savingId != NEW_OFFER) {
                history.record(new EditedOffer(offers, status, before, saved, this::showUndone));
            }
            scoring.draftSaved(saved);
            if (savingId == currentId) {
                currentId = saved.id();
                lastSaved = saved;
                savedCompany.set(saved.company());
            }
            status.setStatus(Messages.get("status.saved", saved.label()));
            if (savingId == NEW_OFFER) {
                onCreated.accept(saved);
            }
            refreshUnsaved();
        });
    }

    /** An undo or redo saved {@code offer}: when it is in the editor, its fields show that state. */
    private void showUndone(Offer offer) {
        if (offer.id() == currentId) {
            lastSaved = offer;
            drafts.remove(currentId);
            loadFields(offer);
        }
    }

    /** Keeps the fields changed in a form that cannot be saved (a valid one was just saved by {@link #flush}). */
    private void stashDraft() {
        if (currentId < 0) {
            return;
        }
        Map<OfferField, Object> edits = form.build(currentId).isValid() ? Map.of() : EditedFields.of(form, lastSaved);
        if (edits.isEmpty()) {
            drafts.remove(currentId);
        } else {
            drafts.put(currentId, edits);
        }
    }

    private void loadFields(Offer offer) {
        loading = true;
        try {
            form.load(offer);
            Map<OfferField, Object> draft = drafts.remove(currentId);
            if (draft != null) {
                EditedFields.apply(form, draft);
            }
        } finally {
            loading = false;
        }
        List<String> errors = form.build(currentId).errors();
        problems.set(String.join("\n", errors));
    }
}
