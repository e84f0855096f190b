package io.offerbench.cli;

import io.offerbench.exchange.ComparisonFormatException;
import io.offerbench.exchange.ComparisonImporter;
import io.offerbench.exchange.CsvImportException;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.exchange.report.ReportContent;
import io.offerbench.store.Database;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The report content of a comparison file on its own. The file is opened the way "Open separately"
 * opens it — a new database holding it exactly as exported, settings included — but in a private
 * temporary folder that is deleted afterwards, so the advisor's own database is never touched.
 */
final class ComparisonFileReport {

    private ComparisonFileReport() {
    }

    static ReportContent gather(Path comparison, Optional<String> profile, Clock clock) throws Exception {
        ExchangeFiles.Loaded loaded = load(comparison);
        Path folder = Files.createTempDirectory("offerbench-report-"); // owner-only on POSIX: the offers are private
        try {
            Path db = folder.resolve("comparison.db");
            ComparisonImporter.intoNewDatabase(db, loaded.comparison(), clock);
            try (Database open = Database.open(db, clock)) {
                return ReportContent.gather(open, profile, clock);
            }
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The file's contents, or an exception whose message is the one line to print. */
    private static ExchangeFiles.Loaded load(Path file) {
        try {
            return ExchangeFiles.load(file, file.toString());
        } catch (CsvImportException e) {
            throw new IllegalArgumentException(FileProblems.firstProblem(e, "cli.file.notReported"), e);
        } catch (ComparisonFormatException e) {
            throw new IllegalArgumentException(Texts.get("cli.file.notReported", e.fileName(),
                    (e.path().isEmpty() ? "" : e.path() + ": ") + e.reason()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(FileProblems.describe(Texts.get("cli.file.cannotRead", file.toString()), e), e);
        }
    }

    /** The temporary database, its lock, journal and backups folder. */
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // the temporary folder is removed by the system eventually; the report itself is unaffected
        }
    }
}
