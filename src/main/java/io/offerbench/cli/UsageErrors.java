package io.offerbench.cli;

import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in the chosen language. picocli words its own errors in English, well, so English keeps them; in
 * another language the common ones (an unknown option, an argument too many, a missing one) are said from the bundle,
 * naming what was typed or what is missing, and any other keeps picocli's words after a sentence in that language.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static String of(ParameterException ex) {
        if (Texts.language() == Language.ENGLISH) {
            return ex.getMessage();
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> typed = u.getUnmatched().stream().map(a -> "“" + a + "”").toList();
            return Texts.get(u.getUnmatched().get(0).startsWith("-") ? "cli.usage.unknownOption" : "cli.usage.unmatched",
                    String.join("、", typed));
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return Texts.get("cli.usage.missing", String.join("、", m.getMissing().stream().map(UsageErrors::name).toList()));
        }
        return Texts.get("cli.usage.other", ex.getMessage());
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() + (o.arity().max > 0 ? " " + o.paramLabel() : "") : a.paramLabel();
    }
}
