package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.offerbench.store.DatabaseOpenException.Problem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One database, whatever name reaches it: links share its lock, and paths that are not a database file are refused as they are. */
class DatabaseIdentityTest {

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkToAnOpenDatabaseIsAlreadyOpen() throws Exception {
        Path db = dir.resolve("o.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), db);
        try (Database open = Database.open(db, Clock.systemDefaultZone())) {
            DatabaseOpenException e = catchThrowableOfType(() -> Database.open(link, Clock.systemDefaultZone()), DatabaseOpenException.class);
            assertThat(e.problem()).isEqualTo(Problem.LOCKED_BY_OTHER_INSTANCE);
            assertThat(e.whatIsWrong()).contains("already open");
        }
        try (Database viaLink = Database.open(link, Clock.systemDefaultZone())) {
            assertThat(viaLink.file()).as("the link leads to the file itself").isEqualTo(db.toRealPath());
            DatabaseOpenException e = catchThrowableOfType(() -> Database.open(db, Clock.systemDefaultZone()), DatabaseOpenException.class);
            assertThat(e.problem()).isEqualTo(Problem.LOCKED_BY_OTHER_INSTANCE);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aHardLinkToAnOpenDatabaseIsAlreadyOpenInBothOrders() throws Exception {
        Path db = dir.resolve("o.db");
        Database.open(db, Clock.systemDefaultZone()).close();
        Path hard = Files.createLink(dir.resolve("hard.db"), db);
        for (Path[] order : new Path[][] {{db, hard}, {hard, db}}) {
            try (Database first = Database.open(order[0], Clock.systemDefaultZone())) {
                first.offers().save(TestData.fullOffer("Kept " + order[0].getFileName()));
                DatabaseOpenException e = catchThrowableOfType(() -> Database.open(order[1], Clock.systemDefaultZone()), DatabaseOpenException.class);
                assertThat(e.problem()).isEqualTo(Problem.LOCKED_BY_OTHER_INSTANCE);
                assertThat(e.getMessage()).contains("already open").doesNotContain("SQLITE");
            }
        }
        try (Database d = Database.open(hard, Clock.systemDefaultZone())) {
            assertThat(d.offers().findAll()).extracting(o -> o.company()).containsExactly("Kept o.db", "Kept hard.db");
        }
    }

    @Test
    void anUnknownSecondWriterCannotWriteWhileTheDatabaseIsOpen() throws Exception {
        Path db = dir.resolve("o.db");
        try (Database open = Database.open(db, Clock.systemDefaultZone());
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = other.createStatement()) {
            open.offers().save(TestData.fullOffer("Mine"));
            s.execute("PRAGMA busy_timeout = 100");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM offer")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("SQLITE_BUSY");
            assertThat(open.offers().findAll()).hasSize(1);
        }
    }

    @Test
    void aDanglingLinkIsRefusedAndLeftAsItIs() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("offerbench.db"), dir.resolve("nowhere.db"));
        DatabaseOpenException e = catchThrowableOfType(() -> Database.open(link, Clock.systemDefaultZone()), DatabaseOpenException.class);
        assertThat(e.problem()).isEqualTo(Problem.BROKEN_LINK);
        assertThat(e.whatIsWrong()).contains("link to").contains("nowhere.db").contains("does not exist");
        assertThat(Files.readSymbolicLink(link)).isEqualTo(dir.resolve("nowhere.db"));
        assertThat(dir.resolve("nowhere.db")).doesNotExist();
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aLoopingLinkIsRefusedAndLeftAsItIs() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        DatabaseOpenException e = catchThrowableOfType(() -> Database.open(a, Clock.systemDefaultZone()), DatabaseOpenException.class);
        assertThat(e.problem()).isEqualTo(Problem.BROKEN_LINK);
        assertThat(e.whatIsWrong()).contains("loop");
        assertThat(Files.readSymbolicLink(a)).isEqualTo(b);
        assertThat(Files.readSymbolicLink(b)).isEqualTo(a);
    }

    @Test
    void aPipeOrDevNullIsNotAFileRatherThanAnEmptyDatabase() throws Exception {
        DatabaseOpenException devNull = catchThrowableOfType(() -> Database.open(Path.of("/dev/null"), Clock.systemDefaultZone()), DatabaseOpenException.class);
        Assumptions.assumeTrue(devNull != null, "no /dev/null on this system");
        assertThat(devNull.problem()).isEqualTo(Problem.NOT_A_FILE);
        assertThat(devNull.whatIsWrong()).contains("not a file").doesNotContain("empty");
        Path fifo = dir.resolve("pipe.db");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is available");
        DatabaseOpenException e = catchThrowableOfType(() -> Database.open(fifo, Clock.systemDefaultZone()), DatabaseOpenException.class);
        assertThat(e.problem()).isEqualTo(Problem.NOT_A_FILE);
        assertThat(e.getMessage()).doesNotContain("lost");
    }

    @Test
    void aNegativeDataVersionIsNamedNotAnIndexError() throws Exception {
        Path db = dir.resolve("o.db");
        Database.open(db, Clock.systemDefaultZone()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = -5");
        }
        DatabaseOpenException e = catchThrowableOfType(() -> Database.open(db, Clock.systemDefaultZone()), DatabaseOpenException.class);
        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_VERSION);
        assertThat(e.getMessage()).contains("-5").doesNotContain("Index").doesNotContain("Size");
    }

    @Test
    void leftoversOfAKilledRunAreCleanedAtTheNextStartAndNothingElse() throws Exception {
        Path db = dir.resolve("o.db");
        Database.open(db, Clock.systemDefaultZone()).close();
        Path creating = Files.writeString(dir.resolve(".o.db.creating-1234"), "half");
        Path creatingWal = Files.writeString(dir.resolve(".o.db.creating-1234-wal"), "half");
        Path restoring = Files.writeString(dir.resolve(".o.db.restoring-99"), "half");
        Path partial = Files.writeString(DataLocation.backupsDir(db).resolve(".partial-77.db"), "half");
        Path othersCreating = Files.writeString(dir.resolve(".other.db.creating-1"), "someone else's");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        Database.open(db, Clock.systemDefaultZone()).close();
        assertThat(creating).doesNotExist();
        assertThat(creatingWal).doesNotExist();
        assertThat(restoring).doesNotExist();
        assertThat(partial).doesNotExist();
        assertThat(othersCreating).exists();
        assertThat(notes).hasContent("mine");
    }
}
