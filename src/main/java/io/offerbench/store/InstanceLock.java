package io.offerbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code <db>.lock} (the database's real path, links followed), held for the
 * life of a {@link Database}, so two OfferBench windows never edit one file at once. Hard links, which
 * have no one real path, are covered by SQLite's own lock on the file (see {@link Connections#openExclusive}). The OS releases it when the process dies, so a crash never
 * leaves a stale lock behind. The lock file itself is left in place: deleting it would let two
 * processes lock two different files of the same name.
 */
final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Returns the lock, or null when another OfferBench (in this or another process) holds it. */
    static InstanceLock tryAcquire(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            try {
                OwnerOnlyFiles.createFile(lockFile);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another instance created it first; locking below decides who wins
            }
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException sameJvm) {
            channel.close();
            return null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** {@code <real path of the database>.lock}: every symbolic link to one file leads to one lock. */
    static Path lockFileFor(Path dbFile) {
        Path real = dbFile.toAbsolutePath().normalize();
        try {
            real = real.toRealPath();
        } catch (IOException | RuntimeException notThereYet) {
            // a file still to be created locks under the name it will have
        }
        return real.resolveSibling(real.getFileName() + ".lock");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
