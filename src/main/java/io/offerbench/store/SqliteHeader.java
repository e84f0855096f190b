package io.offerbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The 100-byte header of an SQLite file, read with plain file I/O so that a file which is not ours
 * can be recognised before SQLite is allowed anywhere near it (see https://sqlite.org/fileformat.html).
 *
 * @param pageSize        bytes per page
 * @param pageCount       the "in-header database size", or -1 when the header says it is not reliable
 * @param userVersion     PRAGMA user_version as last checkpointed into the main file
 * @param applicationId   PRAGMA application_id as last checkpointed into the main file
 */
record SqliteHeader(int pageSize, long pageCount, int userVersion, int applicationId) {

    static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int LENGTH = 100;

    /** Returns the header, or null when the file does not start with a complete SQLite header. */
    static SqliteHeader read(Path file) throws IOException {
        byte[] bytes = new byte[LENGTH];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(bytes, 0, LENGTH);
        }
        if (n < LENGTH || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes); // big-endian, as the file format is
        int rawPageSize = Short.toUnsignedInt(b.getShort(16));
        int pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        int changeCounter = b.getInt(24);
        long pageCount = Integer.toUnsignedLong(b.getInt(28));
        int versionValidFor = b.getInt(92);
        // The in-header size is only trustworthy when written by a version that maintains it.
        long reliableCount = changeCounter == versionValidFor && pageCount > 0 ? pageCount : -1;
        return new SqliteHeader(pageSize, reliableCount, b.getInt(60), b.getInt(68));
    }

    /** True when the file is shorter than the header says it should be: it was cut off. */
    boolean isTruncated(long fileSize) {
        return pageCount > 0 && pageSize > 0 && pageCount * pageSize > fileSize;
    }
}
