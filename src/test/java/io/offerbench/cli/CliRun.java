package io.offerbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;

/** One run of the command line in this JVM, as a script sees it: exit code, standard output and standard error. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return at(Clock.systemDefaultZone(), args);
    }

    /** A run on {@code clock}, as if the machine's date and time were its. */
    static CliRun at(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
        return new CliRun(exit, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
