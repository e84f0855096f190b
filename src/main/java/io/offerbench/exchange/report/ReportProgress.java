package io.offerbench.exchange.report;

/**
 * Told as each part of a report is finished, so a window can show a progress bar. Called on the
 * thread that writes the report (never the FX thread); {@code done} rises by one per call and
 * reaches {@code total} once the file is in place. Throwing from it (for example a
 * {@link java.util.concurrent.CancellationException} when the user cancels) stops the report,
 * and no file is left behind.
 */
@FunctionalInterface
public interface ReportProgress {

    /** For callers that do not show progress (the command line, tests). */
    ReportProgress NONE = (done, total, what) -> { };

    /**
     * @param done  parts finished so far, 1..total
     * @param total parts in this report: its sections, its charts, and saving the file
     * @param what  the part just finished, in words ("Chart 2 of 5: cumulative pay")
     */
    void step(int done, int total, String what);
}
