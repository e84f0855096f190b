package io.offerbench.cli;

import io.offerbench.text.Language;
import io.offerbench.text.LanguageChoice;
import io.offerbench.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --lang en|zh-CN}, anywhere on the command line and before picocli reads it, so help, headers and errors
 * come out in that language; without it the command line follows the machine's locale (LANG).
 */
final class LanguageOption {

    static final String FLAG = "--lang";

    /** The language, the arguments without the option, or why the option was refused. */
    record Chosen(Language language, String[] rest, String refused) {
    }

    private LanguageOption() {
    }

    static Chosen take(String[] args) {
        List<String> rest = new ArrayList<>();
        Optional<String> value = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals(FLAG)) {
                value = Optional.of(i + 1 < args.length ? args[++i] : "");
            } else if (a.startsWith(FLAG + "=")) {
                value = Optional.of(a.substring(FLAG.length() + 1));
            } else {
                rest.add(a);
            }
        }
        Language system = LanguageChoice.systemLanguage();
        if (value.isEmpty()) {
            return new Chosen(system, rest.toArray(String[]::new), null);
        }
        Optional<Language> chosen = Language.fromCode(value.get());
        if (chosen.isEmpty()) {
            Texts.use(system);
            return new Chosen(system, rest.toArray(String[]::new), Texts.get("cli.lang.refused", value.get()));
        }
        return new Chosen(chosen.get(), rest.toArray(String[]::new), null);
    }
}
