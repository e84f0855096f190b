package io.offerbench.store;

import io.offerbench.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The database file could not be opened safely. The file was left exactly as it was; {@link #getMessage()}
 * says what is wrong and what the user can do, and {@link #newestGoodBackup()} offers a way back.
 */
public class DatabaseOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Problem {
        NOT_SQLITE, EMPTY_FILE, CORRUPT, FOREIGN_APPLICATION, NEWER_VERSION, NOT_WRITABLE, LOCKED_BY_OTHER_INSTANCE,
        /** Bringing an older file up to date failed (or its safety backup did); the file was rolled back. */
        MIGRATION_FAILED,
        /** The path is a device, a pipe or a socket, not a file. */
        NOT_A_FILE,
        /** The path is a symbolic link that leads nowhere or loops; it was left as it is. */
        BROKEN_LINK,
        /** The disk (or the user's quota) is full: the file may be perfectly healthy. */
        DISK_FULL,
        /** The file's data version is one no OfferBench ever wrote (below zero): changed by another program. */
        UNKNOWN_VERSION
    }

    private final Problem problem;
    private final transient Path file;
    private final transient Path newestGoodBackup;
    private final String whatIsWrong;
    private final String whatToDo;

    public DatabaseOpenException(Problem problem, Path file, String whatIsWrong, String whatToDo, Throwable cause) {
        this(problem, file, whatIsWrong, whatToDo, cause, null);
    }

    /**
     * This refusal, naming the newest good backup of its file as of {@code clock}'s date ({@link Database}'s
     * open adds it to every refusal, so each one offers the way back).
     */
    DatabaseOpenException withNewestGoodBackup(Clock clock) {
        Path backup = BackupService.newestGoodFor(file, clock).map(BackupInfo::file).orElse(null);
        DatabaseOpenException e = new DatabaseOpenException(problem, file, whatIsWrong, whatToDo, getCause(), backup);
        e.setStackTrace(getStackTrace());
        return e;
    }

    private DatabaseOpenException(Problem problem, Path file, String whatIsWrong, String whatToDo, Throwable cause, Path backup) {
        super(compose(file, whatIsWrong, whatToDo, backup), cause);
        this.problem = problem;
        this.file = file;
        this.newestGoodBackup = backup;
        this.whatIsWrong = whatIsWrong;
        this.whatToDo = whatToDo;
    }

    private static String compose(Path file, String whatIsWrong, String whatToDo, Path backup) {
        StringBuilder sb = new StringBuilder();
        sb.append(whatIsWrong).append('\n').append(Texts.get("store.open.file", file.toString())).append('\n').append(whatToDo);
        if (backup != null) {
            sb.append('\n').append(Texts.get("store.open.newestBackup", backup.toString()));
        }
        sb.append('\n').append(Texts.get("store.open.untouched"));
        return sb.toString();
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** Only the sentence saying what is wrong, for screens that word the rest themselves. */
    public String whatIsWrong() {
        return whatIsWrong;
    }

    /** Only the advice, without the file name and backup. */
    public String whatToDo() {
        return whatToDo;
    }

    public Optional<Path> newestGoodBackup() {
        return Optional.ofNullable(newestGoodBackup);
    }
}
