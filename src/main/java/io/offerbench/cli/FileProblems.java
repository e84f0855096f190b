package io.offerbench.cli;

import io.offerbench.exchange.CsvImportException;
import io.offerbench.store.IoReasons;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Turns a refused file or a file-system error into the one line the command line prints for it. */
final class FileProblems {

    private FileProblems() {
    }

    /** "offers.csv was not imported (nothing was saved): line 3, column 'x': …, and 2 more problems". */
    static String firstProblem(CsvImportException e) {
        return firstProblem(e, "was not imported (nothing was saved)");
    }

    /** As above with another outcome: "offers.csv cannot be reported: line 3, …". */
    static String firstProblem(CsvImportException e, String outcome) {
        int more = e.errors().size() - 1;
        return e.fileName() + " " + outcome + ": " + oneLine(e.errors().get(0).toString())
                + (more == 0 ? "" : ", and " + more + (more == 1 ? " more problem" : " more problems"));
    }

    static String describe(String what, IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file or folder" : IoReasons.of(e);
        return what + " (" + oneLine(reason) + ")";
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }
}
