package io.offerbench.text;

import java.util.Locale;
import java.util.Optional;

/**
 * What the user chose under View › Language: one language, or to follow the system. Stored as the window
 * setting {@link #SETTING} ("en", "zh-CN" or "system"); an absent or unknown value follows the system.
 */
public record LanguageChoice(Optional<Language> fixed) {

    /** A window preference (settings under "ui." stay out of comparison files). */
    public static final String SETTING = "ui.language";
    static final String SYSTEM = "system";

    /** The machine's locale when the program started, before anything could change the default. */
    private static final Locale SYSTEM_LOCALE = Locale.getDefault();

    public static LanguageChoice followSystem() {
        return new LanguageChoice(Optional.empty());
    }

    public static LanguageChoice of(Language language) {
        return new LanguageChoice(Optional.of(language));
    }

    public static LanguageChoice fromSetting(Optional<String> stored) {
        return new LanguageChoice(stored.flatMap(Language::fromCode));
    }

    public String settingValue() {
        return fixed.map(Language::code).orElse(SYSTEM);
    }

    public boolean followsSystem() {
        return fixed.isEmpty();
    }

    /** The language to show now. */
    public Language language() {
        return fixed.orElseGet(() -> Language.forLocale(SYSTEM_LOCALE));
    }

    public static Language systemLanguage() {
        return Language.forLocale(SYSTEM_LOCALE);
    }
}
