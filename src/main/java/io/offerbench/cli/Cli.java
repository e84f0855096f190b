package io.offerbench.cli;

import io.offerbench.store.DatabaseOpenException;
import io.offerbench.text.Texts;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import java.time.Clock;

/**
 * Entry point of the command line. Exit codes: 0 success, 1 bad input or a failure the user can fix
 * (one clear line on stderr, never a stack trace), 2 usage errors.
 */
public final class Cli {

    static {
        // sqlite-jdbc logs through SLF4J, and no SLF4J provider is shipped: its messages go nowhere (so no
        // log can hold offer data). Without this, SLF4J prints a three-line warning on stderr at the first
        // database access, which would break the promise of exactly one line on stderr per error.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private Cli() {
    }

    /** Opens the window, and quits as soon as it is interactive, printing how long that took (start-up is measured so). */
    public static final String QUIT_WHEN_READY = "--quit-when-ready";

    /**
     * The GUI opens when no subcommand or help/version flag is given; "--db PATH" alone still opens the GUI, and so
     * does either with {@value #QUIT_WHEN_READY}.
     */
    /**
     * Points sqlite-jdbc at a private folder under the platform data folder before it loads (the
     * window and the command line alike): its native library is copied there once and reused.
     */
    public static void prepareSqlite() {
        io.offerbench.store.SqliteNative.useFolderUnder(
                io.offerbench.store.DataLocation.fromSystem(null).databaseFile().getParent());
    }

    public static boolean wantsGui(String[] args) {
        List<String> a = withoutQuitWhenReady(args);
        if (a.isEmpty() || comparisonToOpen(args).isPresent()) {
            return true;
        }
        if (a.size() == 1 && a.get(0).startsWith("--db=")) {
            return true;
        }
        return a.size() == 2 && a.get(0).equals("--db");
    }

    /**
     * A comparison file given alone ("OfferBench student.offerbench.json", as the desktop runs it when the file is
     * double-clicked) opens the window, which then offers to import it.
     */
    public static Optional<String> comparisonToOpen(String[] args) {
        List<String> a = withoutQuitWhenReady(args);
        return a.size() == 1 && !a.get(0).startsWith("-") && a.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".offerbench.json")
                ? Optional.of(a.get(0)) : Optional.empty();
    }

    public static Optional<String> guiDatabaseArgument(String[] all) {
        String[] args = withoutQuitWhenReady(all).toArray(String[]::new);
        if (args.length == 1 && args[0].startsWith("--db=")) {
            return Optional.of(args[0].substring("--db=".length()));
        }
        return args.length == 2 ? Optional.of(args[1]) : Optional.empty();
    }

    /** Whether the window should quit once interactive ({@value #QUIT_WHEN_READY}). */
    public static boolean quitWhenReady(String[] args) {
        return Arrays.asList(args).contains(QUIT_WHEN_READY);
    }

    private static List<String> withoutQuitWhenReady(String[] args) {
        return Arrays.stream(args).filter(a -> !a.equals(QUIT_WHEN_READY)).toList();
    }

    public static int run(String[] args) {
        // sqlite-jdbc looks for an SLF4J logger; without one SLF4J prints three lines of warnings on
        // stderr, which would bury the one line a failing command promises. Errors still show.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter, Clock)} on the system's clock. */
    public static int run(String[] all, PrintWriter out, PrintWriter err) {
        return run(all, out, err, Clock.systemDefaultZone());
    }

    /**
     * Runs one command. This is the command line's composition root: {@code clock} is its one clock
     * (the system's in use, a fixed one in tests), handed to every command through {@link RootCommand}.
     */
    public static int run(String[] all, PrintWriter out, PrintWriter err, Clock clock) {
        LanguageOption.Chosen lang = LanguageOption.take(all);
        if (lang.refused() != null) {
            err.println("offerbench: " + lang.refused());
            return 2;
        }
        Texts.use(lang.language());
        String[] args = lang.rest();
        CommandLine cl = new CommandLine(new RootCommand(clock));
        CliHelp.apply(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String line = ex instanceof DatabaseOpenException open ? OpenFailureLine.of(open) : oneLine(ex);
            commandLine.getErr().println("offerbench: " + line);
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("offerbench: " + UsageErrors.of(ex));
            c.getErr().println(Texts.get("cli.tryHelp", c.getCommandSpec().qualifiedName()));
            return 2;
        });
        return cl.execute(databaseOptionAfterCommand(args));
    }

    /**
     * "offerbench --db F score" reads naturally but picocli wants options after the subcommand they
     * belong to; every subcommand takes --db, so a leading one is moved behind the command name.
     */
    static String[] databaseOptionAfterCommand(String[] args) {
        List<String> a = new java.util.ArrayList<>(Arrays.asList(args));
        int width = !a.isEmpty() && a.get(0).startsWith("--db=") ? 1 : !a.isEmpty() && a.get(0).equals("--db") ? 2 : 0;
        if (width == 0 || a.size() <= width || a.get(width).startsWith("-")) {
            return args;
        }
        List<String> option = new java.util.ArrayList<>(a.subList(0, width));
        a.subList(0, width).clear();
        a.addAll(1, option);
        return a.toArray(String[]::new);
    }

    private static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return m.replace('\n', ' ').strip();
    }
}
