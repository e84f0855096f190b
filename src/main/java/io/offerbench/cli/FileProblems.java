package io.offerbench.cli;

import io.offerbench.exchange.CsvImportException;
import io.offerbench.store.IoReasons;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Turns a refused file or a file-system error into the one line the command line prints for it. */
final class FileProblems {

    private FileProblems() {
    }

    /** "offers.csv was not imported (nothing was saved): line 3, column 'x': …, and 2 more problems". */
    static String firstProblem(CsvImportException e) {
        return firstProblem(e, "cli.file.notImported");
    }

    /** As above with another outcome, the key of a text taking the file and the problem: "offers.csv cannot be reported: line 3, …". */
    static String firstProblem(CsvImportException e, String outcomeKey) {
        int more = e.errors().size() - 1;
        String first = oneLine(e.errors().get(0).toString());
        return Texts.get(outcomeKey, e.fileName(), more == 0 ? first : Texts.get("cli.file.moreProblems", first, more));
    }

    static String describe(String what, IOException e) {
        String reason = e instanceof NoSuchFileException ? Texts.get("cli.file.noSuchFile") : IoReasons.of(e);
        return Texts.get("cli.file.problem", what, oneLine(reason));
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }
}
