package io.offerbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup file, {@code offerbench-YYYYMMDD-HHMMSS[-N].db}; the time comes from its name (local time
 * when it was taken), N tells apart several backups taken within one second.
 */
public record BackupInfo(Path file, LocalDateTime takenAt, int sequence, long sizeBytes) {

    private static final Pattern NAME = Pattern.compile("offerbench-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Newest first. */
    public static final Comparator<BackupInfo> NEWEST_FIRST =
            Comparator.comparing(BackupInfo::takenAt).thenComparingInt(BackupInfo::sequence).reversed();

    public BackupInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(takenAt, "takenAt");
    }

    /** The file name for a backup taken at {@code at}, with sequence {@code n} (1 = no suffix). */
    static String fileName(LocalDateTime at, int n) {
        return "offerbench-" + STAMP.format(at) + (n > 1 ? "-" + n : "") + ".db";
    }

    /**
     * Any database file the user names as a backup (the command line's {@code restore FILE}): its time
     * comes from its name when it is named like a backup, else from its modification time.
     */
    public static BackupInfo forFile(Path file) throws IOException {
        long size = Files.size(file);
        return parse(file, size).orElseGet(() -> new BackupInfo(file, modified(file), 1, size));
    }

    private static LocalDateTime modified(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()).withNano(0);
        } catch (IOException e) {
            return LocalDateTime.MIN;
        }
    }

    /** Parses a backup file's name; empty for any other file, which backups never touch. */
    static Optional<BackupInfo> parse(Path file, long size) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
            int seq = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            return Optional.of(new BackupInfo(file, at, seq, size));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
