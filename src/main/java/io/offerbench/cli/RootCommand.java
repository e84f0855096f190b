package io.offerbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import java.time.Clock;

@Command(name = "offerbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ListCommand.class, ScoreCommand.class, ImportCommand.class, ExportCommand.class, ReportCommand.class, BriefCommand.class,
            BenchmarksCommand.class, BackupsCommand.class, RestoreCommand.class, TaxesCommand.class})
final class RootCommand implements Callable<Integer> {

    private final Clock clock;

    /** {@code clock} is the command line's one clock, made by {@link Cli#run(String[])} (tests pass a fixed one). */
    RootCommand(Clock clock) {
        this.clock = clock;
    }

    /** The clock every subcommand reads the date and time from (through {@link DatabaseOption#clock()}). */
    Clock clock() {
        return clock;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Reached only with options the launcher did not treat as "open the GUI"; show usage.
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
