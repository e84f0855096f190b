package io.offerbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Where sqlite-jdbc's native library lives. Left alone, the driver copies it into the shared
 * {@code /tmp} under a new name on every start and leaves the copy behind when the program is
 * killed. Instead it is copied once into a private, owner-only folder under OfferBench's data
 * folder ({@code native/sqlite-jdbc-VERSION/}) and loaded from there on every later start; the
 * driver's own fallback extraction ({@code org.sqlite.tmpdir}) points at the same folder.
 * Must run before the driver class loads; the launcher calls it first thing. A folder OfferBench
 * cannot write leaves the driver's defaults in place (it still works, only less tidily).
 */
public final class SqliteNative {

    static final String TMPDIR = "org.sqlite.tmpdir";
    static final String LIB_PATH = "org.sqlite.lib.path";
    static final String LIB_NAME = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /**
     * Prepares the private folder under {@code dataDir} and points the driver at it, unless whoever
     * started the program already chose (tests and packagers may set the properties themselves).
     * Returns the folder used, or empty when the defaults were kept.
     */
    public static Optional<Path> useFolderUnder(Path dataDir) {
        if (System.getProperty(LIB_PATH) != null || System.getProperty(TMPDIR) != null) {
            return Optional.empty();
        }
        try {
            Path folder = dataDir.resolve("native").resolve("sqlite-jdbc-" + driverVersion());
            OwnerOnlyFiles.createDirectories(folder);
            String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
            String resource = "/" + org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath().replaceAll("^/+", "") + "/" + name;
            System.setProperty(TMPDIR, folder.toString());
            if (copyOnce(resource, folder.resolve(name))) {
                System.setProperty(LIB_PATH, folder.toString());
                System.setProperty(LIB_NAME, name);
            }
            return Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the driver extracts where it always did
        }
    }

    /** The library under {@code target}, copied from the driver's jar unless an identical-sized copy is there. */
    private static boolean copyOnce(String resource, Path target) throws IOException {
        try (InputStream in = org.sqlite.util.LibraryLoaderUtil.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false; // a platform the jar has no library for: the driver looks elsewhere
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                return true;
            }
            // Written under a temporary name and renamed, so a run killed midway never leaves a
            // half-written library under the name the next start would load.
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
            try {
                OwnerOnlyFiles.createFile(tmp);
                Files.write(tmp, bytes);
                OwnerOnlyFiles.moveIntoPlace(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        }
    }

    /** The driver's version, from its own properties file (loading the driver would extract at once). */
    private static String driverVersion() {
        String v = null;
        try (InputStream in = org.sqlite.util.LibraryLoaderUtil.class.getResourceAsStream("/sqlite-jdbc.properties")) {
            if (in != null) {
                java.util.Properties props = new java.util.Properties();
                props.load(in);
                v = props.getProperty("version");
            }
        } catch (IOException ignored) {
            // no version found: "unknown" still gives one reused folder
        }
        return v == null ? "unknown" : v.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
