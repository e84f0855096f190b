package io.offerbench.ui.offers;

/**
 * One field of one offer whose value, as typed in the editor, is not in the database yet.
 *
 * @param offerId  the offer's id, 0 for a new offer not saved yet
 * @param offer    the offer as the user knows it (its company and role, or "New offer")
 * @param field    the field's label in the window's language
 * @param typed    the value as typed (a choice as the list shows it)
 * @param problem  why it cannot be saved, in the field's own words; null when it can be
 */
public record UnsavedEdit(long offerId, String offer, String field, String typed, String problem) {

    public boolean canBeSaved() {
        return problem == null;
    }
}
