package io.offerbench.ui.safety;

import io.offerbench.store.DatabaseOpenException;
import io.offerbench.store.DatabaseOpenException.Problem;
import io.offerbench.text.Formats;
import io.offerbench.ui.common.Messages;
import java.time.LocalDateTime;

/** The title and advice the window shows for each reason a database cannot be opened. */
final class OpenProblemTexts {

    private OpenProblemTexts() {
    }

    static String title(Throwable failure) {
        if (!(failure instanceof DatabaseOpenException e)) {
            return Messages.get("safety.problem.other.title");
        }
        return switch (e.problem()) {
            case NOT_SQLITE -> Messages.get("safety.problem.notSqlite.title");
            case EMPTY_FILE -> Messages.get("safety.problem.empty.title");
            case CORRUPT -> Messages.get("safety.problem.corrupt.title");
            case FOREIGN_APPLICATION -> Messages.get("safety.problem.foreign.title");
            case NEWER_VERSION -> Messages.get("safety.problem.newer.title");
            case NOT_WRITABLE -> Messages.get("safety.problem.notWritable.title");
            case LOCKED_BY_OTHER_INSTANCE -> Messages.get("safety.problem.locked.title");
            case MIGRATION_FAILED -> Messages.get("safety.problem.migration.title");
            case NOT_A_FILE -> Messages.get("safety.problem.notAFile.title");
            case BROKEN_LINK -> Messages.get("safety.problem.brokenLink.title");
            case DISK_FULL -> Messages.get("safety.problem.diskFull.title");
            case UNKNOWN_VERSION -> Messages.get("safety.problem.unknownVersion.title");
        };
    }

    static String advice(Throwable failure) {
        if (!(failure instanceof DatabaseOpenException e)) {
            return Messages.get("safety.problem.other.todo");
        }
        return switch (e.problem()) {
            case NOT_SQLITE -> Messages.get("safety.problem.notSqlite.todo");
            case EMPTY_FILE -> Messages.get("safety.problem.empty.todo");
            case CORRUPT -> Messages.get("safety.problem.corrupt.todo");
            case FOREIGN_APPLICATION -> Messages.get("safety.problem.foreign.todo");
            case NEWER_VERSION -> Messages.get("safety.problem.newer.todo");
            case NOT_WRITABLE -> Messages.get("safety.problem.notWritable.todo");
            case LOCKED_BY_OTHER_INSTANCE -> Messages.get("safety.problem.locked.todo");
            case MIGRATION_FAILED -> Messages.get("safety.problem.migration.todo");
            case NOT_A_FILE -> Messages.get("safety.problem.notAFile.todo");
            case BROKEN_LINK -> Messages.get("safety.problem.brokenLink.todo");
            case DISK_FULL -> Messages.get("safety.problem.diskFull.todo");
            case UNKNOWN_VERSION -> Messages.get("safety.problem.unknownVersion.todo");
        };
    }

    /** What OfferBench found, the file, the advice and the promise that the file was left alone. */
    static String body(Throwable failure, java.nio.file.Path file) {
        String found = failure instanceof DatabaseOpenException e ? e.whatIsWrong() : String.valueOf(failure.getMessage());
        return Messages.get("safety.details", found, file) + "\n\n" + advice(failure) + "\n\n" + Messages.get("safety.untouched");
    }

    static boolean isLocked(Throwable failure) {
        return failure instanceof DatabaseOpenException e && e.problem() == Problem.LOCKED_BY_OTHER_INSTANCE;
    }

    static String when(LocalDateTime at) {
        return Formats.dateTimeWithSeconds(at);
    }
}
