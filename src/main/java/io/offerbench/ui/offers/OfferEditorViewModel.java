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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The editor's behaviour: it saves automatically a moment after the user stops typing, but only a
 * form that reads back into a valid offer. A form with mistakes is never saved and never thrown
 * away: the fields the user changed are kept as a draft (per offer, field by field) until the user fixes
 * it, even when they look at another offer in between. Those drafts, and what the guard asks about before the
 * window goes (quit, close, another database, a restore), are {@link #unsavedEdits()}'s.
 */
public final class OfferEditorViewModel {

    static final Duration SAVE_DELAY = Duration.ofMillis(500);
    private static final long NEW_OFFER = UnsavedEdits.NEW_OFFER;

    private final OfferBook offers;
    private final StatusLine status;
    private final ScoringModel scoring;
    private final UndoHistory history;
    private final OfferForm form = new OfferForm();
    private final UnsavedEdits unsaved;
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
        this.unsaved = new UnsavedEdits(offers, status);
        unsaved.attach(new UnsavedEdits.OpenOffer() {
            @Override
            public long id() {
                return currentId;
            }

            @Override
            public Offer saved() {
                return lastSaved;
            }

            @Override
            public Map<OfferField, Object> edits() {
                return EditedFields.of(form, lastSaved);
            }

            @Override
            public boolean differsFromSaved() {
                FormResult result = form.build(currentId);
                return result.isValid() ? !result.offer().equals(lastSaved) : !EditedFields.of(form, savedForm()).isEmpty();
            }

            @Override
            public void cancelAutosave() {
                saveTimer.cancel();
            }

            @Override
            public void revert() {
                showSaved();
            }
        });
        form.properties().forEach(p -> p.addListener(x -> onEdited()));
    }

    /** The edits not in the database yet, this editor's and the drafts it keeps: what the guard and the table read. */
    UnsavedEdits unsavedEdits() {
        return unsaved;
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
                unsaved.keep(currentId, edits);
                loadFields(offer);
            } else {
                lastSaved = offer;
            }
            unsaved.refresh();
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
        unsaved.refresh();
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
        Map<OfferField, Object> draft = unsaved.take(NEW_OFFER);
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
        unsaved.refresh();
    }

    public void flush() {
        if (saveTimer.isPending()) {
            saveTimer.cancel();
            saveNow();
        }
    }

    public void discardDraft(long id) {
        unsaved.drop(id);
    }

    /** The open offer as saved again, without its edits (the guard's Discard, or after its Save). */
    private void showSaved() {
        notSavedShown = false;
        if (currentId < 0) {
            return;
        }
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

    /** The form holding {@link #lastSaved}, made once per saved state: the per-keystroke check compares with it. */
    private OfferForm savedForm() {
        if (savedForm == null || savedFormOf != lastSaved) {
            savedForm = EditedFields.baseline(lastSaved);
            savedFormOf = lastSaved;
        }
        return savedForm;
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
            unsaved.refresh();
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
            unsaved.refresh();
        });
    }

    /** An undo or redo saved {@code offer}: when it is in the editor, its fields show that state. */
    private void showUndone(Offer offer) {
        if (offer.id() == currentId) {
            lastSaved = offer;
            unsaved.take(currentId);
            loadFields(offer);
        }
    }

    /** Keeps the fields changed in a form that cannot be saved (a valid one was just saved by {@link #flush}). */
    private void stashDraft() {
        if (currentId < 0) {
            return;
        }
        unsaved.keep(currentId, form.build(currentId).isValid() ? Map.of() : EditedFields.of(form, lastSaved));
    }

    private void loadFields(Offer offer) {
        loading = true;
        try {
            form.load(offer);
            Map<OfferField, Object> draft = unsaved.take(currentId);
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
