package io.offerbench.store;

import io.offerbench.domain.OfferField;
import java.util.Objects;

/**
 * An offer row that cannot be loaded (an amount that is not a number, a vesting schedule that does
 * not add up…), so it is left out of everything that needs the whole offer while every other offer
 * works. Facts only: the offer, the stored column, the value as stored and a message key for the
 * field, so each screen words it in its own language.
 *
 * @param id      the offer's row id
 * @param company the company as stored (shown so the user knows which offer)
 * @param column  the stored column that cannot be read, or null when the offer as a whole breaks a rule
 * @param value   that column's value as stored, or the rule the offer breaks
 */
public record DamagedOffer(long id, String company, String column, String value) {

    public DamagedOffer {
        Objects.requireNonNull(company, "company");
    }

    /** The message key of the field's label ({@code field.baseSalary}), or null when no one field is to blame. */
    public String fieldKey() {
        return column == null ? null : OfferRows.fieldOf(column).map(OfferField::labelKey).orElse(null);
    }

    /** Plain English for logs and the backup check (screens use {@link #fieldKey()} and their own texts). */
    public String describe() {
        return "offer " + id + " (" + company + ")" + (column == null ? ": " + value : ": " + column + " holds \"" + value + "\"");
    }
}
