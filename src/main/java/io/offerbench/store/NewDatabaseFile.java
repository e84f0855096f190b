package io.offerbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Creates a brand-new database file atomically: it is built under a temporary name with owner-only
 * permissions, stamped with OfferBench's application_id and WAL mode, and only then renamed into
 * place. A crash midway therefore never leaves a 0-byte or half-made file under the real name
 * (which the next start would, rightly, refuse as EMPTY_FILE).
 */
final class NewDatabaseFile {

    private NewDatabaseFile() {
    }

    static void create(Path db) throws DatabaseOpenException {
        Path tmp = db.resolveSibling("." + db.getFileName() + ".creating-" + UUID.randomUUID());
        try {
            OwnerOnlyFiles.createFile(tmp);
            try (Connection c = Connections.openReadWrite(tmp); Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            }
            Files.move(tmp, db, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw OpenChecks.fail(DatabaseOpenException.Problem.NOT_WRITABLE, db,
                    io.offerbench.text.Texts.get("store.open.notCreated", e instanceof IOException io ? IoReasons.of(io) : String.valueOf(e.getMessage())),
                    io.offerbench.text.Texts.get("store.open.notCreated.todo"));
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-wal"));
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-shm"));
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // only our own temporary file; a leftover is harmless
        }
    }
}
