package io.offerbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporary files ({@code .NAME….tmp}) this database's exports and reports are writing beside
 * the file the user chose. Each is listed here while it is written and struck off once renamed into
 * place or removed; a run killed in between leaves it listed, and the next start of this database
 * removes it. Only files listed by this database are touched, and only when no running program
 * holds the lock its writer keeps on it, so another program's file, or a write still going, is
 * never removed. Listing does not count as a change of the data (no start-up backup for it).
 */
public final class PendingFiles {

    /** For writes that belong to no database (a report made from a comparison file): nothing is listed. */
    public static final PendingFiles NONE = new PendingFiles(null);

    private final Database db;

    PendingFiles(Database db) {
        this.db = db;
    }

    /** Lists {@code tmp} before it is created, so a kill at any moment after leaves a trace. */
    public void begin(Path tmp) {
        update("INSERT OR IGNORE INTO pending_file (path) VALUES (?)", tmp);
    }

    /** Strikes {@code tmp} off once it has been renamed into place or deleted. */
    public void end(Path tmp) {
        update("DELETE FROM pending_file WHERE path = ?", tmp);
    }

    private void update(String sql, Path tmp) {
        if (db == null) {
            return;
        }
        db.exclusive(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tmp.toAbsolutePath().toString());
                return ps.executeUpdate();
            }
        });
    }

    /** Called at open, under the database's lock: removes what killed runs left, strikes off what is gone. */
    static void cleanLeftovers(Connection c) throws SQLException {
        List<String> listed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT path FROM pending_file"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                listed.add(rs.getString(1));
            }
        }
        for (String path : listed) {
            if (removeIfLeftOver(Path.of(path))) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM pending_file WHERE path = ?")) {
                    ps.setString(1, path);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** True when the file is gone now (removed, or was never there); false when it is still being written. */
    private static boolean removeIfLeftOver(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!name.startsWith(".") || !name.endsWith(".tmp") || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return true; // not a file of ours (replaced by something else): leave it, forget it
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return false; // its writer is still running
            }
            try {
                Files.delete(file);
            } finally {
                lock.release();
            }
            return true;
        } catch (OverlappingFileLockException stillWriting) {
            return false; // written by this very program right now
        } catch (IOException e) {
            return false; // cannot tell: try again at the next start
        }
    }

    /**
     * Opens {@code tmp} for writing and locks it for as long as the channel is open, so a start of
     * the database meanwhile ({@link #cleanLeftovers}) sees it is not a leftover.
     */
    public static FileChannel openLocked(Path tmp) throws IOException {
        FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            ch.lock();
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }
}
