package io.offerbench.ui.common;

import java.util.MissingResourceException;
import javafx.util.StringConverter;

/** Human names for enum constants from the message bundle ("enum.OfferType.FRONTIER_LAB"). */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return Messages.get("common.notEntered");
        }
        try {
            return Messages.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        } catch (MissingResourceException e) {
            return value.name();
        }
    }

    /** A converter for combo boxes; null shows as "not entered" (or the given text for a filter's "all"). */
    public static <E extends Enum<E>> StringConverter<E> converter(String nullText) {
        return new DisplayConverter<>(value -> value == null ? nullText : of(value));
    }
}
