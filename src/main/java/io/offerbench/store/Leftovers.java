package io.offerbench.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Removes what a killed run left behind beside one database: half-made new files
 * ({@code .NAME.creating-*}), half-copied restores ({@code .NAME.restoring-*}) and half-written
 * backups ({@code backups/NAME/.partial-*}), each with its SQLite sidecars. Called while holding the
 * database's instance lock, so none of them can belong to a run still going; only this database's
 * own leftovers are touched, never another file.
 */
final class Leftovers {

    private Leftovers() {
    }

    static void clean(Path db) {
        String name = db.getFileName().toString();
        deleteMatching(db.getParent(), "." + name + ".creating-");
        deleteMatching(db.getParent(), "." + name + ".restoring-");
        deleteMatching(DataLocation.backupsDir(db), ".partial-");
    }

    private static void deleteMatching(Path dir, String prefix) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : found) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // a leftover we cannot remove wastes space but harms nothing; the next start tries again
        }
    }
}
