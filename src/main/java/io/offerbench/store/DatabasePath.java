package io.offerbench.store;

import io.offerbench.store.DatabaseOpenException.Problem;
import io.offerbench.text.Texts;
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
                    throw OpenChecks.fail(Problem.NOT_A_FILE, abs, Texts.get("store.open.device"), Texts.get("store.open.givePath"));
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
            target = Files.readSymbolicLink(link).toString();
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
        String what = loops ? Texts.get("store.open.linkLoops")
                : target.isEmpty() ? Texts.get("store.open.linkBroken") : Texts.get("store.open.linkTo", target);
        return OpenChecks.fail(Problem.BROKEN_LINK, link, what, Texts.get("store.open.link.todo"));
    }
}
