package io.offerbench.cli;

import io.offerbench.text.Texts;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's --help in the chosen language. Option descriptions come from the one bundle through picocli's own
 * resource-bundle support (each option names its {@code descriptionKey}); picocli's standard texts (the help and
 * version options, the headings) under picocli's keys; each command's description ({@code cli.help.NAME}) and its
 * footer's headings are set here. picocli reads these texts as they are, not through MessageFormat.
 */
final class CliHelp {

    /** picocli's own keys, read from the bundle by picocli itself. */
    static final List<String> PICOCLI_KEYS = List.of("mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version",
            "usage.synopsisHeading", "usage.commandListHeading");

    private CliHelp() {
    }

    static void apply(CommandLine root) {
        root.setResourceBundle(Texts.bundle());
        describe(root);
    }

    private static void describe(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        String name = spec.parent() == null ? "root" : spec.name();
        spec.usageMessage().description(Texts.get("cli.help." + name).split("\n"));
        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            spec.usageMessage().footer(Arrays.stream(footer).map(CliHelp::footerLine).toArray(String[]::new));
        }
        cl.getSubcommands().values().forEach(CliHelp::describe);
    }

    /**
     * The footers' headings in words; the example commands themselves stay as typed. picocli hands the footer back with
     * its variables resolved ("$${" read as "${"), so a "${" is escaped again before it is set back.
     */
    private static String footerLine(String line) {
        return switch (line) {
            case "Examples:" -> Texts.get("cli.help.examples");
            case "Batch review:" -> Texts.get("cli.help.report.batch");
            default -> line.replace("${", "$${");
        };
    }
}
