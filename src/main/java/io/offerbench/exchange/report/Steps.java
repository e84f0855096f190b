package io.offerbench.exchange.report;

/** Counts finished parts of one report and tells the caller's {@link ReportProgress} about each. */
final class Steps {

    private final ReportProgress progress;
    private final int total;
    private int done;

    Steps(ReportProgress progress, int total) {
        this.progress = progress == null ? ReportProgress.NONE : progress;
        this.total = total;
    }

    void done(String what) {
        done = Math.min(done + 1, total);
        progress.step(done, total, what);
    }

    static String chart(Block.Figure f, int charts) {
        return "Chart " + f.number() + " of " + charts + ": " + f.kind().fileName().replace('-', ' ');
    }
}
