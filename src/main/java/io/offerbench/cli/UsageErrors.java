package io.offerbench.cli;

import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in the chosen language. picocli words its own errors in English, well, so English keeps them; in
 * another language every kind is said from the bundle: an unknown option, an argument too many, a missing one, an
 * option given twice, two that exclude each other, and — one fallback for the rest (a value that does not convert, too
 * many values) — the argument and the value typed, with the values it takes when picocli knows them. picocli's English
 * is never shown in another language; the caller adds how to get help.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static String of(ParameterException ex) {
        if (Texts.language() == Language.ENGLISH || ex instanceof WordedUsageError) {
            return ex.getMessage();
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return Texts.get(u.getUnmatched().get(0).startsWith("-") ? "cli.usage.unknownOption" : "cli.usage.unmatched",
                    quoted(u.getUnmatched()));
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return Texts.get("cli.usage.missing", join(m.getMissing().stream().map(UsageErrors::name).toList()));
        }
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return Texts.get("cli.usage.twice", name(o.getOverwritten()));
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            List<String> exclusive = new ArrayList<>();
            for (ArgGroupSpec g : ex.getCommandLine().getCommandSpec().argGroups()) {
                if (g.exclusive()) {
                    g.args().forEach(a -> exclusive.add(name(a)));
                }
            }
            return exclusive.isEmpty() ? Texts.get("cli.usage.other") : Texts.get("cli.usage.exclusive", join(exclusive));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            List<String> takes = new ArrayList<>();
            Iterable<String> candidates = arg.completionCandidates();
            if (candidates == null && arg.type() != null && arg.type().isEnum()
                    && (arg.converters() == null || arg.converters().length == 0)) {
                for (Object c : arg.type().getEnumConstants()) {
                    takes.add(((Enum<?>) c).name());
                }
            } else if (candidates != null) {
                candidates.forEach(takes::add);
            }
            return takes.isEmpty() ? Texts.get("cli.usage.badValue", name(arg), ex.getValue())
                    : Texts.get("cli.usage.badValue.oneOf", name(arg), ex.getValue(), join(takes));
        }
        return arg != null ? Texts.get("cli.usage.badArgument", name(arg)) : Texts.get("cli.usage.other");
    }

    private static String quoted(List<String> typed) {
        return join(typed.stream().map(a -> "“" + a + "”").toList());
    }

    private static String join(List<String> names) {
        return String.join("、", names); // only languages other than English get here
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() + (o.arity().max > 0 ? " " + o.paramLabel() : "") : a.paramLabel();
    }
}
