package io.offerbench.exchange.report;

import java.nio.file.Path;
import java.util.Locale;

/** The two report formats, chosen by the file name the user gives. */
public enum ReportFormat {
    PDF("pdf"),
    HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** "pdf" or "html", without the dot: what a save dialog suggests. */
    public String extension() {
        return extension;
    }

    /** PDF for a name ending in .pdf, HTML for .html or .htm (any case); anything else is refused. */
    public static ReportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        throw new IllegalArgumentException(ReportWords.text("error.format", file.getFileName() == null ? file : file.getFileName()));
    }
}
