package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.undo.EditedOffer;
import io.offerbench.ui.tasks.Debounce;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The editor's behaviour: it saves automatically a moment after the user stops typing, but only a
 * form that reads back into a valid offer. A form with mistakes is never saved and never thrown
 * away: its text is kept as a draft (per offer) until the user fixes it, even when they look at
 * another offer in between.
 */
public final class OfferEditorViewModel {

    static final Duration SAVE_DELAY = Duration.ofMillis(500);
    private static final long NEW_OFFER = 0;

    private final Workspace workspace;
    private final OfferForm form = new OfferForm();
    private final Map<Long, Map<Property<?>, Object>> drafts = new HashMap<>();
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

    /** {@code onCreated} runs when a new offer is saved for the first time (the screen selects it). */
    public OfferEditorViewModel(Workspace workspace, Consumer<Offer> onCreated) {
        this.workspace = workspace;
        this.onCreated = onCreated;
        this.saveTimer = workspace.work().tasks().debounce(SAVE_DELAY, this::saveNow);
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

    /** Shows a saved offer; the same offer coming back after its own save does not reset the fields. */
    public void show(Offer offer) {
        if (offer != null && offer.id() == currentId) {
            lastSaved = offer;
            return;
        }
        if (offer == null && currentId == NEW_OFFER) {
            return; // the table lost its selection because the user is entering a new offer
        }
        flush();
        stashDraft();
        if (currentId > NEW_OFFER) {
            workspace.scoring().showDraft(null); // scores show the saved offers again (a valid draft was just saved)
        }
        lastSaved = offer;
        savedCompany.set(offer == null ? "" : offer.company());
        showErrors.set(true);
        currentId = offer == null ? -1 : offer.id();
        editing.set(offer != null);
        if (offer != null) {
            loadFields(offer);
        }
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
        try {
            OfferFormLoader.loadDefaults(form);
        } finally {
            loading = false;
        }
        problems.set("");
    }

    public void flush() {
        if (saveTimer.isPending()) {
            saveTimer.cancel();
            saveNow();
        }
    }

    public void discardDraft(long id) {
        drafts.remove(id);
    }

    private void onEdited() {
        if (!loading && currentId >= 0) {
            showErrors.set(true);
            FormResult result = form.build(currentId);
            problems.set(String.join("\n", result.errors()));
            if (result.isValid() && currentId != NEW_OFFER) {
                // Scores, ranking and charts follow the keystroke; the save still waits for a pause.
                workspace.scoring().showDraft(result.offer());
            }
            saveTimer.restart();
        }
    }

    private void saveNow() {
        if (currentId < 0) {
            return;
        }
        FormResult result = form.build(currentId);
        problems.set(String.join("\n", result.errors()));
        if (!result.isValid()) {
            workspace.setStatus(Messages.get("status.notSaved", result.errors().get(0)));
            notSavedShown = true;
            return;
        }
        if (result.offer().equals(lastSaved)) {
            if (notSavedShown) {
                // Put back as it was saved: "Not saved yet" no longer holds.
                workspace.setStatus(Messages.get("status.saved", lastSaved.label()));
                notSavedShown = false;
            }
            return;
        }
        notSavedShown = false;
        long savingId = currentId;
        Offer before = lastSaved;
        workspace.save(result.offer(), saved -> {
            if (before != null && savingId != NEW_OFFER) {
                workspace.history().record(new EditedOffer(workspace, before, saved, this::showUndone));
            }
            workspace.scoring().draftSaved(saved);
            if (savingId == currentId) {
                currentId = saved.id();
                lastSaved = saved;
                savedCompany.set(saved.company());
            }
            workspace.setStatus(Messages.get("status.saved", saved.label()));
            if (savingId == NEW_OFFER) {
                onCreated.accept(saved);
            }
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

    private void stashDraft() {
        if (currentId < 0) {
            return;
        }
        if (form.build(currentId).isValid()) {
            drafts.remove(currentId);
        } else {
            Map<Property<?>, Object> values = new HashMap<>();
            form.properties().forEach(p -> values.put(p, p.getValue()));
            drafts.put(currentId, values);
        }
    }

    @SuppressWarnings("unchecked")
    private static void restore(Property<?> property, Object value) {
        ((Property<Object>) property).setValue(value);
    }

    private void loadFields(Offer offer) {
        loading = true;
        try {
            form.load(offer);
            Map<Property<?>, Object> draft = drafts.remove(currentId);
            if (draft != null) {
                draft.forEach(OfferEditorViewModel::restore);
            }
        } finally {
            loading = false;
        }
        List<String> errors = form.build(currentId).errors();
        problems.set(String.join("\n", errors));
    }
}
