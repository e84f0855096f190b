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

    /**
     * No fallback to the machine's locale: someone who chose English on a Chinese system gets the base
     * (English) bundle, not {@code messages_zh_CN}.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Language language = LanguageChoice.systemLanguage();

    private Texts() {
    }

    /** The language texts are shown in; the window and the CLI set it at start-up. */
    public static Language language() {
        return language;
    }

    public static Locale locale() {
        return language.locale();
    }

    public static void use(Language chosen) {
        language = Objects.requireNonNull(chosen);
    }

    public static ResourceBundle bundle() {
        return bundle(language);
    }

    public static ResourceBundle bundle(Language in) {
        return ResourceBundle.getBundle(BUNDLE, in.locale(), NO_FALLBACK);
    }

    /**
     * The text for {@code key}. A text with arguments (or with MessageFormat's quoted braces) goes through
     * MessageFormat, where '' is an apostrophe; a text without is used as written, as the bundle's header says and as
     * {@code Messages.get} and FXML read it, so its plain apostrophe stays ("each place's price index").
     */
    public static String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    /** The label of an enum constant, {@code enum.Type.CONSTANT}, as every screen, chart, report and the CLI show it. */
    public static String label(Enum<?> value) {
        return bundle().getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
