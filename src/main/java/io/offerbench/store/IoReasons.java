package io.offerbench.store;

import io.offerbench.text.Texts;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * An input/output failure in words a user can act on, never a Java class name: a full disk says the
 * disk is full, whichever library reported it (the JDK's "No space left on device", SQLite's
 * SQLITE_FULL, the PDF library's wrapped exception).
 */
public final class IoReasons {

    private static final java.util.regex.Pattern DISK_FULL = java.util.regex.Pattern.compile(
            "No\\sspace\\sleft\\son\\sdevice|SQLITE_FULL|not\\senough\\sspace\\son\\sthe\\sdisk");
    private static final java.util.regex.Pattern TOO_LARGE = java.util.regex.Pattern.compile("File\\stoo\\slarge");

    private IoReasons() {
    }

    /** True when the failure, or any failure behind it, is the disk running out of space. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            // The system's own phrases (Linux and macOS, SQLite, Windows), matched with \s between words.
            if (DISK_FULL.matcher(m).find()) {
                return true;
            }
        }
        return false;
    }

    /** The reason in words: "the disk is full; …", "permission denied", or the system's own reason. */
    public static String of(IOException e) {
        if (isDiskFull(e)) {
            return Texts.get("io.diskFull");
        }
        if (TOO_LARGE.matcher(String.valueOf(e.getMessage())).find()) {
            return Texts.get("io.fileTooLarge");
        }
        if (e instanceof AccessDeniedException) {
            return Texts.get("io.permissionDenied");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? Texts.get("io.error") : e.getMessage();
    }
}
