package io.offerbench.store;

import io.offerbench.store.DatabaseOpenException.Problem;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one file a database path names, after every symbolic link is followed: the lock, the backups
 * folder and SQLite's own {@code -wal} file all hang off this real path, so two names for one file
 * (a link and its target) share one lock. A link that leads nowhere or loops, a device or a pipe is
 * refused and left exactly as it is: OfferBench never puts a new database in the place of a link.
 */
final class DatabasePath {

    private DatabasePath() {
    }

    static Path resolve(Path given) throws DatabaseOpenException {
        Path abs = given.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                Path real = abs.toRealPath();
                if (!Files.isDirectory(real) && !Files.isRegularFile(real)) {
                    throw OpenChecks.fail(Problem.NOT_A_FILE, abs,
                            "This path is not a file but a device, a pipe or a socket, so it cannot hold a database.",
                            "Give the path of a database file (for example offerbench.db) with --db PATH.");
                }
                return real;
            }
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw brokenLink(abs);
            }
            Path parent = abs.getParent();
            return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(abs.getFileName()) : abs;
        } catch (IOException e) {
            throw brokenLink(abs);
        }
    }

    private static DatabaseOpenException brokenLink(Path link) {
        String target = "";
        try {
            target = " " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException notALink) {
            // a link further up the path is the broken one; the path itself says enough
        }
        boolean loops = false;
        try {
            link.toRealPath();
        } catch (FileSystemException e) {
            loops = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("levels");
        } catch (IOException e) {
            loops = false;
        }
        String what = loops ? "This path is a link that leads back to itself (the links loop), so there is no database file behind it."
                : "This path is a link to" + target + ", which does not exist.";
        return OpenChecks.fail(Problem.BROKEN_LINK, link, what,
                "Point the link at your database file, or give the database file's own path with --db PATH; the link was left as it is.");
    }
}
