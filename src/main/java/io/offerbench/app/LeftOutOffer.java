package io.offerbench.app;

import io.offerbench.store.DamagedOffer;
import io.offerbench.text.Texts;
import java.util.List;
import java.util.Objects;

/**
 * An offer left out of the ranking, the charts and the report, with the reason as a message key and
 * its arguments, so the window, the command line and the report each say why in their own words
 * while every other offer is still scored. Reasons: {@code leftOut.damagedField} (a stored field
 * that cannot be read: field label key, value), {@code leftOut.damagedRule} (the offer as a whole
 * breaks a rule: the rule). Other reasons (for example an offer whose currency has no exchange rate)
 * plug in with keys of their own.
 *
 * @param offerId the offer's id
 * @param company its company, so the user knows which offer
 * @param reasonKey the message key of the reason
 * @param args the reason's arguments
 */
public record LeftOutOffer(long offerId, String company, String reasonKey, List<Object> args) {

    public LeftOutOffer {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(reasonKey, "reasonKey");
        args = List.copyOf(args);
    }

    /** One sentence naming the offer and why it is left out, in the chosen language. */
    public String sentence() {
        List<Object> all = new java.util.ArrayList<>();
        all.add(String.valueOf(offerId));
        all.add(company);
        for (Object a : args) {
            all.add(a instanceof String key && key.startsWith("field.") ? Texts.get(key) : a);
        }
        return Texts.get(reasonKey, all.toArray());
    }

    /** The reason for a stored row that cannot be loaded. */
    public static LeftOutOffer of(DamagedOffer d) {
        return d.fieldKey() != null
                ? new LeftOutOffer(d.id(), d.company(), "leftOut.damagedField", List.of(d.fieldKey(), d.value()))
                : new LeftOutOffer(d.id(), d.company(), "leftOut.damagedRule", List.of(d.value()));
    }
}
