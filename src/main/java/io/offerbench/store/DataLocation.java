package io.offerbench.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the user's database lives, decided in one place: {@code --db PATH} wins over the
 * {@code OFFERBENCH_DB} environment variable, which wins over the platform's data folder.
 * {@link #resolve} is a pure function of its inputs so every platform's rule is unit-tested on any OS.
 *
 * @param databaseFile the database file
 * @param source       which rule chose it, so the app can tell the user why it uses that file
 */
public record DataLocation(Path databaseFile, Source source) {

    public static final String ENV_VARIABLE = "OFFERBENCH_DB";
    public static final String FILE_NAME = "offerbench.db";

    public enum Source { COMMAND_LINE, ENVIRONMENT, PLATFORM_DEFAULT }

    public DataLocation {
        Objects.requireNonNull(databaseFile, "databaseFile");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param explicitPath the {@code --db} argument, or null/blank when not given
     * @param env          the environment variables
     * @param osName       the {@code os.name} system property
     * @param home         the user's home folder; its file system also builds the platform path
     */
    public static DataLocation resolve(String explicitPath, Map<String, String> env, String osName, Path home) {
        if (explicitPath != null && !explicitPath.isBlank()) {
            return new DataLocation(home.getFileSystem().getPath(explicitPath), Source.COMMAND_LINE);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataLocation(home.getFileSystem().getPath(fromEnv), Source.ENVIRONMENT);
        }
        return new DataLocation(platformDataDir(env, osName, home).resolve(FILE_NAME), Source.PLATFORM_DEFAULT);
    }

    /** The location for this process: its environment, operating system and home folder. */
    public static DataLocation fromSystem(String explicitPath) {
        return resolve(explicitPath, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path platformDataDir(Map<String, String> env, String osName, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? home.getFileSystem().getPath(appData)
                    : home.resolve("AppData").resolve("Roaming");
            return base.resolve("OfferBench");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("OfferBench");
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && home.getFileSystem().getPath(xdg).isAbsolute()
                ? home.getFileSystem().getPath(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("offerbench");
    }

    /** The backups folder for this location's database. */
    public Path backupsDir() {
        return backupsDir(databaseFile);
    }

    /**
     * {@code <folder of the database>/backups/<database file name>}: one folder per database, so two
     * databases side by side (a sample and one's own) never see, restore or rotate each other's
     * backups. Links are followed first, so every name for one file shares its backups.
     */
    public static Path backupsDir(Path databaseFile) {
        Path abs = databaseFile.toAbsolutePath().normalize();
        try {
            abs = abs.toRealPath();
        } catch (java.io.IOException | RuntimeException notThereYet) {
            // a database still to be created: its name as given
        }
        return abs.resolveSibling("backups").resolve(abs.getFileName().toString());
    }
}
