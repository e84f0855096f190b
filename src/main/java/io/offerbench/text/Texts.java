package io.offerbench.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one text layer: every word a user reads — in the window, the charts, the report and the
 * command line — comes from this bundle family, so each concept has one name in every language.
 * The core (domain, scoring) returns facts; the layers at the edge turn them into words here.
 */
public final class Texts {

    /** The bundle family, in a neutral place so every layer that shows text may read it. */
    public static final String BUNDLE = "io.offerbench.text.messages";

    private static volatile Locale locale = Locale.getDefault();

    private Texts() {
    }

    /** The language texts are shown in; the window and the CLI set it at start-up. */
    public static Locale locale() {
        return locale;
    }

    public static void useLocale(Locale chosen) {
        locale = Objects.requireNonNull(chosen);
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The text for {@code key}; always through MessageFormat, so '' is an apostrophe in every text. */
    public static String get(String key, Object... args) {
        return new MessageFormat(bundle().getString(key), locale).format(args);
    }
}
