package io.offerbench.exchange.report;

import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.store.PendingFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a report file from {@link ReportContent}. Runs on any thread but the FX thread (it draws
 * five charts); it reads nothing from the database. The file is written next to its target and
 * moved into place at the end, so a failure or a cancellation never leaves half a report.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** As {@link #write(ReportContent, Path, ReportFormat, ReportProgress)}, the format following from the file name. */
    public static ReportSummary write(ReportContent content, Path file, ReportProgress progress) throws IOException {
        return write(content, file, ReportFormat.ofFile(file), progress);
    }

    /**
     * @param progress told after each section, each chart and the final move; may throw to cancel
     * @throws IOException when the file cannot be written (the target is then left as it was)
     */
    public static ReportSummary write(ReportContent content, Path file, ReportFormat format, ReportProgress progress) throws IOException {
        return write(content, file, format, progress, PendingFiles.NONE);
    }

    /** As above, the temporary file listed in {@code pending} (the database's) so a killed run's is cleaned at its next start. */
    public static ReportSummary write(ReportContent content, Path file, ReportFormat format, ReportProgress progress,
            PendingFiles pending) throws IOException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        if (Files.isDirectory(file)) {
            throw new IOException(ReportWords.text("error.folder", file, format.extension()));
        }
        ReportDocument doc = ReportDocument.of(content);
        Steps steps = new Steps(progress, doc.steps());
        ExchangeFiles.writeAtomically(file, pending, out -> {
            try {
                if (format == ReportFormat.PDF) {
                    PdfReport.write(doc, out, steps);
                } else {
                    HtmlReport.write(doc, out, steps);
                }
            } catch (com.lowagie.text.ExceptionConverter | com.lowagie.text.DocumentException e) {
                // The PDF library wraps the disk's own failure ("No space left on device") in a RuntimeException
                // named ExceptionConverter, itself sometimes in a DocumentException (when a table is being placed):
                // pass the real failure on instead.
                IOException failure = diskFailure(e);
                if (failure != null) {
                    throw failure;
                }
                throw new IOException(e.getMessage(), e);
            }
        });
        steps.done(ReportWords.text("saved", file.getFileName()));
        return new ReportSummary(file, format, content.offers().size(), doc.figures());
    }

    /** The IOException somewhere inside the PDF library's wrappers, or null. */
    private static IOException diskFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof com.lowagie.text.ExceptionConverter c && c.getException() != null
                && c.getException() != t ? c.getException() : t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}
