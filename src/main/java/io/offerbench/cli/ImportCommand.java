package io.offerbench.cli;

import io.offerbench.exchange.ComparisonFormatException;
import io.offerbench.exchange.ComparisonImporter;
import io.offerbench.exchange.CsvImportException;
import io.offerbench.exchange.CsvProblem;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.exchange.ImportSummary;
import io.offerbench.exchange.OfferConflict;
import io.offerbench.store.Database;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offerbench import FILE...}. Each file is checked whole and imported in its own transaction,
 * so one student's broken file does not hold back the others; a refused file gets one line on
 * stderr and makes the exit code 1. Re-running with every file is safe: offers already here are
 * recognised (by identity, or for files without one by their fields) and not added again.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        footer = {"", "Examples:",
            "  offerbench import offers.csv",
            "  offerbench import --db review.db alice.offerbench.json bob.offerbench.json",
            "  offerbench import --separate --db alice.db alice.offerbench.json",
            "  offerbench import --theirs reviewed-by-advisor.offerbench.json"})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--merge", descriptionKey = "cli.help.import.merge")
    boolean merge;

    @Option(names = "--copies", descriptionKey = "cli.help.import.copies")
    boolean copies;

    @Option(names = "--theirs", descriptionKey = "cli.help.import.theirs")
    boolean theirs;

    @Option(names = "--separate", descriptionKey = "cli.help.import.separate")
    boolean separate;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.help.import.file")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (merge && separate) {
            throw new WordedUsageError(spec.commandLine(), Texts.get("cli.import.mergeAndSeparate"));
        }
        if (copies && (merge || separate || theirs)) {
            throw new WordedUsageError(spec.commandLine(), Texts.get("cli.import.copiesAlone"));
        }
        if (theirs && separate) {
            throw new WordedUsageError(spec.commandLine(), Texts.get("cli.import.theirsSeparate"));
        }
        if (separate && (database.path == null || files.size() != 1)) {
            throw new WordedUsageError(spec.commandLine(),
                    Texts.get("cli.import.separateNeeds"));
        }
        return separate ? separate(files.get(0)) : mergeAll();
    }

    private int separate(Path file) throws Exception {
        Path target = database.file();
        if (Files.exists(target)) {
            return fail(Texts.get("cli.import.targetExists", target.toString()));
        }
        ExchangeFiles.Loaded loaded = load(file);
        if (loaded == null) {
            return 1;
        }
        ImportSummary summary = ComparisonImporter.intoNewDatabase(target, loaded.comparison(), database.clock());
        out().println(Texts.get("cli.import.intoNew", summary.oneLine(file.toString()), target.toString()));
        return 0;
    }

    private int mergeAll() throws Exception {
        int refused = 0;
        try (Database db = database.open()) {
            for (Path file : files) {
                ExchangeFiles.Loaded loaded = load(file);
                if (loaded == null) {
                    refused++;
                    continue;
                }
                try {
                    ImportSummary summary = ComparisonImporter.merge(db, loaded.comparison(),
                            copies ? ComparisonImporter.OfferMerge.AS_COPIES : ComparisonImporter.OfferMerge.BY_IDENTITY);
                    out().println(summary.oneLine(file.toString()));
                    conflicts(db, summary);
                } catch (RuntimeException e) {
                    fail(Texts.get("cli.file.notImported", file.toString(), FileProblems.oneLine(String.valueOf(e.getMessage()))));
                    refused++;
                }
            }
        }
        return refused == 0 ? 0 : 1;
    }

    /** Lists each offer changed on one side and, with --theirs, takes the file's version. */
    private void conflicts(Database db, ImportSummary summary) {
        for (OfferConflict k : summary.conflicts()) {
            out().println(Texts.get(theirs ? "cli.import.conflict.theirs" : "cli.import.conflict.kept", k.company(),
                    Long.toString(k.localId()), k.fields().size()));
        }
        if (theirs && !summary.conflicts().isEmpty()) {
            ComparisonImporter.takeTheirs(db, summary.conflicts());
        }
    }

    /** The file's contents, or null after printing why it was refused. */
    private ExchangeFiles.Loaded load(Path file) {
        try {
            ExchangeFiles.Loaded loaded = ExchangeFiles.load(file, file.toString());
            for (CsvProblem w : loaded.warnings()) {
                err().println("offerbench: " + Texts.get("cli.warning", file + ": " + FileProblems.oneLine(w.toString())));
            }
            return loaded;
        } catch (CsvImportException e) {
            fail(FileProblems.firstProblem(e));
        } catch (ComparisonFormatException e) {
            fail(e.getMessage());
        } catch (IOException e) {
            fail(FileProblems.describe(Texts.get("cli.file.cannotRead", file.toString()), e));
        }
        return null;
    }

    private int fail(String line) {
        err().println("offerbench: " + line);
        return 1;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
