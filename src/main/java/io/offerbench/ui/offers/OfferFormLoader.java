package io.offerbench.ui.offers;

import io.offerbench.domain.Bonus;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;

/**
 * Fills the form from a saved offer, every field as {@link OfferField#read} gives it, written in the form the
 * field reads back (amounts as the amount fields parse them).
 */
final class OfferFormLoader {

    private OfferFormLoader() {
    }

    static void load(OfferForm f, Offer o) {
        for (FormField<?> field : f.textFields()) {
            field.set(text(field.field(), field.field().read(o)));
        }
        for (Map.Entry<OfferField, Property<?>> choice : f.choices().entrySet()) {
            set(choice.getValue(), choice.getKey().read(o));
        }
    }

    /** The empty form of a new offer: blank where the user must decide, common defaults elsewhere. */
    static void loadDefaults(OfferForm f) {
        f.textFields().forEach(field -> field.set(field.field().initialText()));
        for (Map.Entry<OfferField, Property<?>> choice : f.choices().entrySet()) {
            OfferField field = choice.getKey();
            set(choice.getValue(), switch (field.kind()) {
                case YES_NO -> "yes".equals(field.initialText());
                case CODE -> field.initialCode();
                default -> null; // a rating starts unchosen
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(Property<?> property, Object value) {
        if (property instanceof BooleanProperty b) {
            b.set(Boolean.TRUE.equals(value));
        } else {
            ((Property<Object>) property).setValue(value);
        }
    }

    /** A field's value as the editor writes it. */
    private static String text(OfferField field, Object v) {
        return switch (field.kind()) {
            case AMOUNT -> positiveOrBlank((BigDecimal) v);
            case BONUS -> bonus((Bonus) v);
            case DECIMAL -> v == null || ((BigDecimal) v).signum() == 0 ? "" : ((BigDecimal) v).stripTrailingZeros().toPlainString();
            case DATE -> io.offerbench.text.Formats.date((LocalDate) v);
            case CURRENCY -> ((CurrencyCode) v).code();
            case SCHEDULE -> ((VestingSchedule) v).format();
            default -> v == null ? "" : v.toString();
        };
    }

    private static String bonus(Bonus b) {
        if (b.percentOfBase() != null) {
            return b.percentOfBase().stripTrailingZeros().toPlainString() + "%";
        }
        return positiveOrBlank(b.amount());
    }

    /** Zero shows as an empty field: "no sign-on" reads better blank than "0". */
    private static String positiveOrBlank(BigDecimal v) {
        return v == null || v.signum() == 0 ? "" : Formats.amount(v);
    }
}
