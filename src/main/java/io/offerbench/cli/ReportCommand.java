package io.offerbench.cli;

import io.offerbench.app.LeftOutOffer;
import io.offerbench.exchange.report.ReportContent;
import io.offerbench.exchange.report.ReportFormat;
import io.offerbench.exchange.report.ReportProgress;
import io.offerbench.exchange.report.ReportSummary;
import io.offerbench.exchange.report.ReportWriter;
import io.offerbench.store.Database;
import io.offerbench.store.PendingFiles;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offerbench report FILE}: the advisor-meeting report of a database, or with {@code --from} of
 * a student's comparison file, which is never imported anywhere, so an advisor can run it over a
 * folder of files in a loop.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        footer = {"", "Examples:",
            "  offerbench report meeting.pdf",
            "  offerbench report --profile \"Research first\" meeting.html",
            "  offerbench report --from alice.offerbench.json alice.pdf",
            "",
            "Batch review:",
            // picocli reads "${" as a variable and "%" as a format: "$${" and "%%" print them as they are.
            "  for f in *.offerbench.json; do",
            "    offerbench report --from \"$f\" \"$${f%%.offerbench.json}.pdf\"",
            "  done"})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--profile", paramLabel = "NAME",
            descriptionKey = "cli.help.report.profile")
    String profile;

    @Option(names = "--from", paramLabel = "COMPARISON",
            descriptionKey = "cli.help.report.from")
    Path from;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.report.file")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReportFormat format;
        try {
            format = ReportFormat.ofFile(file);
        } catch (IllegalArgumentException e) {
            throw new WordedUsageError(spec.commandLine(), "FILE: " + e.getMessage());
        }
        if (from != null && database.path != null) {
            throw new WordedUsageError(spec.commandLine(),
                    Texts.get("cli.report.fromWithDb"));
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(Texts.get("cli.file.folderMissing", file.toString(), folder.toString()));
        }
        Optional<String> profileName = Optional.ofNullable(profile);
        Clock clock = database.clock();
        List<LeftOutOffer> leftOut = List.of();
        ReportSummary summary;
        if (from != null) {
            summary = write(ComparisonFileReport.gather(from, profileName, clock), format, PendingFiles.NONE);
        } else {
            // Written while the database is open, so a run killed midway leaves its temporary file
            // listed there and the next start removes it.
            try (Database db = database.openForReading()) {
                ReportContent content = ReportContent.gather(db, profileName, clock);
                leftOut = db.offers().damaged().stream().map(LeftOutOffer::of).toList();
                summary = write(content, format, db.pendingFiles());
            }
        }
        spec.commandLine().getOut().println(Texts.get("cli.report.wrote", summary.offers(), file.toString()));
        LeftOutLines.print(leftOut, spec.commandLine().getErr());
        return 0;
    }

    private ReportSummary write(ReportContent content, ReportFormat format, PendingFiles pending) {
        try {
            return ReportWriter.write(content, file, format, ReportProgress.NONE, pending);
        } catch (IOException e) {
            throw new IllegalStateException(FileProblems.describe(Texts.get("cli.file.cannotWrite", file.toString()), e), e);
        }
    }
}
