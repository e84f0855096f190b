package io.offerbench.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages OfferBench speaks, each with the bundle locale it reads and the code it is remembered by
 * (a window setting, the CLI's {@code --lang}). A new language is a constant here plus a
 * {@code messages_xx.properties}; the consistency test holds the two together.
 */
public enum Language {
    ENGLISH(Locale.ENGLISH, "en"),
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "zh-CN");

    private final Locale locale;
    private final String code;

    Language(Locale locale, String code) {
        this.locale = locale;
        this.code = code;
    }

    public Locale locale() {
        return locale;
    }

    /** "en", "zh-CN": what a setting stores and {@code --lang} takes. */
    public String code() {
        return code;
    }

    /** The language for a system locale: Chinese written in simplified characters gets Chinese, everything else English. */
    public static Language forLocale(Locale system) {
        if ("zh".equals(system.getLanguage())) {
            String script = system.getScript();
            String country = system.getCountry();
            boolean traditional = "Hant".equals(script)
                    || (script.isEmpty() && ("TW".equals(country) || "HK".equals(country) || "MO".equals(country)));
            return traditional ? ENGLISH : SIMPLIFIED_CHINESE;
        }
        return ENGLISH;
    }

    /**
     * A language by its code, forgiving of case and of "_" for "-", and of the common spellings
     * ("zh", "zh_CN", "zh-Hans", "cn", "chinese", "中文", "english").
     */
    public static Optional<Language> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        switch (t) {
            case "zh", "zh-cn", "zh-hans", "zh-hans-cn", "zh-sg", "cn", "chinese", "中文", "简体中文":
                return Optional.of(SIMPLIFIED_CHINESE);
            case "en", "en-us", "en-gb", "english":
                return Optional.of(ENGLISH);
            default:
                return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(t)).findFirst();
        }
    }
}
