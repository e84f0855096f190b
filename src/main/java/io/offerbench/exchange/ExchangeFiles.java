package io.offerbench.exchange;

import io.offerbench.store.Database;
import io.offerbench.store.OwnerOnlyFiles;
import io.offerbench.store.PendingFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Files in and out, for the window and the command line alike: which kind a file is (CSV or a
 * comparison file), reading it into a {@link Comparison}, and exporting a database to either kind.
 * Exports are written to a temporary file next to the target and moved into place, so an
 * interrupted export never leaves a half-written file under the name the user chose.
 */
public final class ExchangeFiles {

    public enum Kind { CSV, COMPARISON }

    /** A file read without errors: what it holds, and the warnings (CSV only) to show with it. */
    public record Loaded(Kind kind, Comparison comparison, List<CsvProblem> warnings) {
    }

    private ExchangeFiles() {
    }

    /** By extension (.csv, .json); otherwise by content: a file whose first character is '{' is JSON. */
    public static Kind kindOf(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (ComparisonJson.isComparisonName(name)) {
            return Kind.COMPARISON;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return start.startsWith("{") ? Kind.COMPARISON : Kind.CSV;
        }
    }

    /** The kind an export writes for this name, empty when the name ends in neither .csv nor .json. */
    public static Optional<Kind> exportKindOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(Kind.CSV);
        }
        return ComparisonJson.isComparisonName(name) ? Optional.of(Kind.COMPARISON) : Optional.empty();
    }

    public static Loaded load(Path file) throws IOException, CsvImportException, ComparisonFormatException {
        return load(file, file.getFileName().toString());
    }

    /** Reads {@code file}; messages call it {@code name} (the command line uses the path as typed). */
    public static Loaded load(Path file, String name) throws IOException, CsvImportException, ComparisonFormatException {
        Kind kind = kindOf(file);
        try (InputStream in = Files.newInputStream(file)) {
            if (kind == Kind.COMPARISON) {
                return new Loaded(kind, ComparisonJson.read(in, name), List.of());
            }
            CsvImportResult csv = OfferCsvImporter.parse(in, name);
            return new Loaded(kind, Comparison.ofOffers(csv.offers()), csv.warnings());
        }
    }

    /** Exports the database's offers as CSV, or its whole comparison as JSON; returns the number of offers. */
    public static int export(Database db, Path file, Kind kind, String application, Clock clock) throws IOException {
        Comparison c = ComparisonSnapshot.of(db);
        writeAtomically(file, db.pendingFiles(), out -> {
            if (kind == Kind.CSV) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                OfferCsvExporter.write(c.offers().stream().map(SharedOffer::offer).toList(), w);
                w.flush();
            } else {
                ComparisonJson.write(c, clock.instant(), application, out);
            }
        });
        return c.offers().size();
    }

    /** What goes into a file; it may close the stream it is given (the file is closed once, afterwards). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to a temporary file next to {@code file} and moves it into place, so the
     * target is either the old file or the whole new one. If writing throws, the temporary file is
     * removed and the exception passes on; the target is untouched. Reports are written this way too.
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        writeAtomically(file, PendingFiles.NONE, content);
    }

    /**
     * As {@link #writeAtomically(Path, Content)}, with the temporary file listed in {@code pending}
     * (a database's) while it is written and locked for as long as it is open: if the program is
     * killed meanwhile, the next start of that database removes it.
     */
    public static void writeAtomically(Path file, PendingFiles pending, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        pending.begin(tmp);
        try {
            OwnerOnlyFiles.createFile(tmp);
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(PendingFiles.openLocked(tmp)))) {
                content.writeTo(new NonClosing(out));
            }
            OwnerOnlyFiles.moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
            pending.end(tmp);
        }
    }

    /** Jackson closes the stream it writes to; the caller closes it once, after flushing. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
