package io.offerbench.exchange;

import io.offerbench.domain.Coded;
import io.offerbench.domain.EquityType;
import io.offerbench.text.Message;
import io.offerbench.text.Texts;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What a spreadsheet may write for a coded value: the documented code ({@code frontier_lab}), the
 * words the window shows ("Frontier AI lab", in English or Chinese) and a few common synonyms
 * ("private" for private options), each ignoring case, spaces and dashes. The window's own words
 * come from the message bundles, so a label changed there is accepted here without another list.
 */
final class CodeWords {

    private static final Map<String, EquityType> EQUITY_SYNONYMS = Map.of(
            "private", EquityType.PRIVATE_EQUITY, "options", EquityType.PRIVATE_EQUITY,
            "privateequity", EquityType.PRIVATE_EQUITY, "stockoptions", EquityType.PRIVATE_EQUITY,
            "public", EquityType.PUBLIC_RSU, "rsu", EquityType.PUBLIC_RSU, "rsus", EquityType.PUBLIC_RSU,
            "no", EquityType.NONE, "noequity", EquityType.NONE);

    private CodeWords() {
    }

    /** The constant the text names, or empty. */
    static <E extends Enum<E> & Coded> Optional<E> match(Class<E> type, String text) {
        try {
            return Optional.ofNullable(Coded.fromCode(type, text));
        } catch (IllegalArgumentException notACode) {
            // the window's words or a synonym, below
        }
        String wanted = normal(text);
        for (E e : type.getEnumConstants()) {
            for (ResourceBundle b : bundles()) {
                String key = "enum." + type.getSimpleName() + "." + e.name();
                if (b.containsKey(key) && normal(b.getString(key)).equals(wanted)) {
                    return Optional.of(e);
                }
            }
        }
        if (EquityType.class.equals(type)) {
            return Optional.ofNullable(type.cast(EQUITY_SYNONYMS.get(wanted)));
        }
        return Optional.empty();
    }

    /** The codes, then an example of the window's words in the language shown, for a message saying what would work. */
    static <E extends Enum<E> & Coded> Message accepted(Class<E> type) {
        E first = type.getEnumConstants()[0];
        boolean labelled = bundles()[0].containsKey("enum." + type.getSimpleName() + "." + first.name());
        return labelled ? Message.of("import.csv.codes", Coded.codes(type), first) : Message.worded(Coded.codes(type));
    }

    private static String normal(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\s\\-\u2013\u2014_/:.,()]+", "");
    }

    private static ResourceBundle[] bundles() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle en = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT, exact);
        try {
            return new ResourceBundle[] {en, ResourceBundle.getBundle(Texts.BUNDLE, Locale.SIMPLIFIED_CHINESE, exact)};
        } catch (MissingResourceException e) {
            return new ResourceBundle[] {en};
        }
    }
}
