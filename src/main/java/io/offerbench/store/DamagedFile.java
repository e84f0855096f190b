package io.offerbench.store;

import io.offerbench.store.DatabaseOpenException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Puts a verified backup in the place of a database file that cannot be opened because it is damaged
 * (empty, not SQLite any more, or corrupt). The damaged file is never deleted: it is renamed to a
 * sibling such as {@code offerbench.db.damaged-20261122-101500}, together with its {@code -wal} and
 * {@code -shm} files (a stale WAL left beside the restored file would be replayed into it). Callers
 * must ask the user first; this class only does what was agreed.
 */
public final class DamagedFile {

    /** The problems that mean "the file's contents are lost or broken", where a backup is the way back. */
    private static final Set<Problem> REPLACEABLE = EnumSet.of(Problem.EMPTY_FILE, Problem.NOT_SQLITE, Problem.CORRUPT);
    private static final String[] SIDECARS = {"-wal", "-shm", "-journal"};

    /** What was done: where the damaged file went (null when there was none) and which backup replaced it. */
    public record Replaced(Path movedAside, BackupInfo restoredFrom) {
    }

    private DamagedFile() {
    }

    /**
     * True when the file's data is what is wrong, so restoring a backup fixes it. A newer version,
     * another program's file, a locked or unwritable file are not damaged: replacing them would lose data.
     */
    public static boolean canBeReplaced(Problem problem) {
        return REPLACEABLE.contains(problem);
    }

    /** As {@link #canBeReplaced(Problem)}, and the path is a file (a folder given by mistake is never moved). */
    public static boolean canBeReplaced(DatabaseOpenException e) {
        return canBeReplaced(e.problem()) && !Files.isDirectory(e.file());
    }

    /** The name the damaged file gets if it is moved aside at {@code at} (made unique when taken). */
    public static Path asideName(Path db, LocalDateTime at) {
        return db.resolveSibling(db.getFileName() + ".damaged-" + BackupInfo.STAMP.format(at.withNano(0)));
    }

    /**
     * Moves {@code db} (if it exists) aside and puts a copy of {@code backup} in its place, owner-only.
     * Holds the instance lock throughout, so a running OfferBench is never pulled from under its feet.
     *
     * @throws StoreException saying why, with the original file still in place, when the backup does not
     *                        verify, the path is a folder, another OfferBench has it open, or the disk refuses
     */
    public static Replaced replaceWithBackup(Path db, BackupInfo backup, Clock clock) {
        Path file = db.toAbsolutePath().normalize();
        BackupVerifier.problemWith(backup.file()).ifPresent(p -> {
            throw new StoreException(io.offerbench.text.Texts.get("store.backup.cannotRestore", backup.file().toString(), p));
        });
        if (Files.isDirectory(file)) {
            throw new StoreException(io.offerbench.text.Texts.get("store.replace.folder", file.toString()));
        }
        try {
            OwnerOnlyFiles.createDirectories(file.getParent());
            try (InstanceLock lock = InstanceLock.tryAcquire(InstanceLock.lockFileFor(file))) {
                if (lock == null) {
                    throw new StoreException(io.offerbench.text.Texts.get("store.replace.open", file.toString()));
                }
                Path copy = copyBesides(file, backup.file());
                Path aside = null;
                try {
                    aside = moveAside(file, clock);
                    Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE);
                    copy = null;
                } finally {
                    if (copy != null) {
                        Files.deleteIfExists(copy);
                    }
                }
                return new Replaced(aside, backup);
            }
        } catch (IOException e) {
            throw new StoreException(io.offerbench.text.Texts.get("store.replace.failed", file.toString(), IoReasons.of(e)), e);
        }
    }

    /** A complete, synced, owner-only copy of the backup under a temporary name in the database's folder. */
    private static Path copyBesides(Path file, Path backup) throws IOException {
        Path tmp = OwnerOnlyFiles.createFile(file.resolveSibling("." + file.getFileName() + ".restoring-" + UUID.randomUUID()));
        try (InputStream in = Files.newInputStream(backup);
                FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            in.transferTo(out);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /** Renames the file and its sidecars to one free ".damaged-…" name; returns it, or null when there was no file. */
    private static Path moveAside(Path file, Clock clock) throws IOException {
        List<Path> present = new ArrayList<>();
        for (Path p : withSidecars(file)) {
            if (Files.exists(p)) {
                present.add(p);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        Path aside = freeName(file, LocalDateTime.now(clock));
        for (Path p : present) {
            Path target = aside.resolveSibling(aside.getFileName() + p.getFileName().toString().substring(file.getFileName().toString().length()));
            Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
            // Offers are private: even a file someone else created stays readable only by its owner once moved aside.
            OwnerOnlyFiles.restrict(target);
        }
        return Files.exists(aside) ? aside : null;
    }

    private static Path freeName(Path file, LocalDateTime at) {
        Path base = asideName(file, at);
        for (int n = 1;; n++) {
            Path candidate = n == 1 ? base : base.resolveSibling(base.getFileName() + "-" + n);
            boolean free = true;
            for (Path p : withSidecars(candidate)) {
                free &= !Files.exists(p);
            }
            if (free) {
                return candidate;
            }
        }
    }

    private static List<Path> withSidecars(Path file) {
        List<Path> all = new ArrayList<>(List.of(file));
        for (String s : SIDECARS) {
            all.add(file.resolveSibling(file.getFileName() + s));
        }
        return all;
    }
}
