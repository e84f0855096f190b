package io.offerbench.ui.offers;

import io.offerbench.ui.common.Messages;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Stands between the user's edits and whatever would drop them: quitting, closing the window, opening another
 * database, restoring a backup. With nothing unsaved the window simply goes on; otherwise the user is shown each
 * edit (offer, field, value typed, and why an invalid one cannot be saved) and chooses: Save keeps every valid edit
 * and then says which values were not saved, Discard drops them, Cancel keeps the window and the editor as they were.
 */
public final class UnsavedEditsGuard {

    /** The user's answer to the question. */
    public enum Choice { SAVE, DISCARD, CANCEL }

    /** The dialogs, behind an interface so the decisions are tested without a window. */
    public interface Ask {
        /** Asks what to do with the edits {@code listed}, one per line. */
        Choice choose(String listed);

        /** Says, once the valid edits are saved, which values were not and why. */
        void tellNotSaved(String listed);
    }

    /** Where the edits are: the offer editor. */
    interface Edits {
        List<UnsavedEdit> unsavedEdits();

        void saveUnsaved(Consumer<List<UnsavedEdit>> then);

        void discardUnsaved();
    }

    private final Edits edits;
    private final Ask ask;

    UnsavedEditsGuard(Edits edits, Ask ask) {
        this.edits = edits;
        this.ask = ask;
    }

    /** Whether anything typed is not in the database yet. */
    public boolean hasUnsavedEdits() {
        return !edits.unsavedEdits().isEmpty();
    }

    /**
     * Runs {@code proceed} once nothing typed would be lost silently: at once when nothing is unsaved, after the
     * valid edits are saved (Save) or dropped (Discard); runs {@code stay} instead when the user cancels.
     */
    public void leave(Runnable proceed, Runnable stay) {
        List<UnsavedEdit> unsaved = edits.unsavedEdits();
        if (unsaved.isEmpty()) {
            proceed.run();
            return;
        }
        switch (ask.choose(listed(unsaved))) {
            case SAVE -> edits.saveUnsaved(notSaved -> {
                if (!notSaved.isEmpty()) {
                    ask.tellNotSaved(notSavedListed(notSaved));
                }
                proceed.run();
            });
            case DISCARD -> {
                edits.discardUnsaved();
                proceed.run();
            }
            case CANCEL -> stay.run();
        }
    }

    /** At most this many edits are listed one by one (the dialog must fit the screen); the rest are counted. */
    static final int LISTED = 12;

    /** Each edit on its line: what will be saved, and what cannot be with the reason. */
    static String listed(List<UnsavedEdit> unsaved) {
        return lines(unsaved, e -> e.canBeSaved()
                ? Messages.get("unsaved.edit.valid", e.offer(), e.field(), typed(e))
                : Messages.get("unsaved.edit.invalid", e.offer(), e.field(), typed(e), e.problem()));
    }

    static String notSavedListed(List<UnsavedEdit> notSaved) {
        return lines(notSaved, e -> Messages.get("unsaved.notSaved.line", e.offer(), e.field(), typed(e), e.problem()));
    }

    private static String lines(List<UnsavedEdit> edits, java.util.function.Function<UnsavedEdit, String> line) {
        String shown = edits.stream().limit(LISTED).map(line).collect(Collectors.joining("\n"));
        return edits.size() > LISTED ? shown + "\n" + Messages.get("unsaved.more", edits.size() - LISTED) : shown;
    }

    private static String typed(UnsavedEdit e) {
        return e.typed().isBlank() ? Messages.get("unsaved.empty") : e.typed();
    }
}
