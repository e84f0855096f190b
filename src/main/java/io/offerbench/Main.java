package io.offerbench;

import io.offerbench.cli.Cli;
import io.offerbench.ui.main.App;

/**
 * Launcher. Deliberately not a subclass of {@code Application}, so that the shaded jar starts with
 * JavaFX on the class path. With a subcommand (or --help/--version) it runs the command line;
 * otherwise it opens the window, optionally on the database given by {@code --db PATH}
 * (and with {@code --quit-when-ready}, only until it is interactive).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        io.offerbench.ui.common.StartupTrace.mark("main");
        // Before anything touches SQLite: its native library goes to a private folder under the data
        // folder, copied once and reused, instead of a new copy in /tmp on every start.
        Cli.prepareSqlite();
        if (Cli.wantsGui(args)) {
            App.launchWith(Cli.guiDatabaseArgument(args), Cli.quitWhenReady(args), Cli.comparisonToOpen(args));
        } else {
            System.exit(Cli.run(args));
        }
    }
}
