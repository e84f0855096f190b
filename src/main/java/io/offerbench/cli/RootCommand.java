package io.offerbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "offerbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Weigh AI/ML PhD job offers against market benchmarks drawn from public reporting.",
            "Without a command, opens the window (optionally on --db PATH).",
            "With --quit-when-ready, the window quits as soon as it is interactive (offers listed and ranked, that first"
                + " frame painted) and prints the milliseconds since the Java VM started: how start-up is measured."},
        subcommands = {ListCommand.class, ScoreCommand.class, ImportCommand.class, ExportCommand.class, ReportCommand.class, BriefCommand.class,
            BenchmarksCommand.class, BackupsCommand.class, RestoreCommand.class, TaxesCommand.class})
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Reached only with options the launcher did not treat as "open the GUI"; show usage.
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
