package io.offerbench.exchange.report;

import java.nio.file.Path;

/**
 * What was written: enough for a status line ("Wrote the report of 5 offers to …").
 *
 * @param charts charts drawn: 5 when the report has 2 or more offers, else 0
 */
public record ReportSummary(Path file, ReportFormat format, int offers, int charts) {
}
