package io.offerbench.ui.sharing;

import static io.offerbench.ui.common.Messages.get;

import io.offerbench.domain.WeightProfile;
import io.offerbench.exchange.report.ReportContent;
import io.offerbench.exchange.report.ReportFormat;
import io.offerbench.exchange.report.ReportSummary;
import io.offerbench.exchange.report.ReportWriter;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.ProgressDialog;
import io.offerbench.ui.tasks.Lane;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * File > Report for the meeting…: the ranking, every offer's breakdown, the five charts, the
 * benchmarks with their sources, notes and comments, as PDF or HTML. Scored with the weights on
 * screen (edited sliders included), because that is what student and advisor are looking at.
 * Written on the I/O lane, not the database lane, so editing goes on meanwhile; a
 * progress window follows it and Cancel leaves no file.
 */
public final class ReportAction {

    private final Workspace workspace;
    private final Window owner;
    private final FilePicker files;
    private final Consumer<Path> openFile;
    private Task<ReportSummary> writing;

    /** @param openFile shows a written report in the system's viewer (the platform's "open document") */
    public ReportAction(Workspace workspace, Window owner, FilePicker files, Consumer<Path> openFile) {
        this.workspace = workspace;
        this.owner = owner;
        this.files = files;
        this.openFile = openFile;
    }

    public void start() {
        files.save(owner, FilePicker.Kind.REPORT, "offer-report.pdf").ifPresent(chosen -> {
            write(withReportExtension(chosen), workspace.scoring().weightsProperty().get());
        });
    }

    /** The task that writes the report, exposed for the progress window and tests. */
    Task<ReportSummary> write(Path file, WeightProfile weights) {
        String reading = get("report.status.gathering");
        Task<ReportSummary> task = new Task<>() {
            @Override
            protected ReportSummary call() throws Exception {
                updateMessage(reading);
                ReportContent content = weights == null
                        ? ReportContent.gather(workspace.database(), Optional.empty(), workspace.clock())
                        : ReportContent.gather(workspace.database(), weights, workspace.clock());
                return ReportWriter.write(content, file, ReportFormat.ofFile(file), (done, total, what) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(done, total);
                    updateMessage(what);
                }, workspace.database().pendingFiles());
            }
        };
        String name = file.getFileName().toString();
        task.setOnSucceeded(e -> reportWritten(task.getValue()));
        task.setOnCancelled(e -> workspace.setStatus(get("report.status.cancelled")));
        task.setOnFailed(e -> {
            workspace.setStatus("");
            Dialogs.error(owner, get("dialog.reportFailed.title"), get("dialog.reportFailed.text", name, task.getException() instanceof java.io.IOException failure
                    ? io.offerbench.store.IoReasons.of(failure) : task.getException().getMessage()));
        });
        workspace.setStatus(get("report.status.writing", name));
        ProgressDialog.follow(owner, get("report.progress.title"), task);
        writing = task;
        workspace.work().tasks().run(Lane.IO, task);
        return task;
    }

    private void reportWritten(ReportSummary summary) {
        String name = summary.file().getFileName().toString();
        workspace.setStatus(get("report.status.written", summary.offers(), name));
        ButtonType open = new ButtonType(get("report.open"), ButtonBar.ButtonData.OK_DONE);
        Alert done = new Alert(Alert.AlertType.INFORMATION, get("report.written.text", summary.offers(), summary.charts(),
                summary.file()), open, ButtonType.CLOSE);
        done.initOwner(owner);
        done.setTitle(get("report.written.title"));
        done.setHeaderText(get("report.written.title"));
        done.showAndWait().filter(b -> b == open).ifPresent(b -> {
            openFile.accept(summary.file());
            // The system gives no word when it has no viewer for PDF: the status line says where the file is anyway.
            workspace.setStatus(get("report.status.opening", summary.file()));
        });
    }

    /** A name that does not end in .pdf, .html or .htm gets .pdf (the save dialog's first choice). */
    static Path withReportExtension(Path file) {
        return io.offerbench.ui.common.FileNames.withExtension(file, "." + ReportFormat.PDF.extension(), ".html", ".htm");
    }

    /** Stops a report being written (the window is closing); it leaves no file. */
    public void cancel() {
        if (writing != null) {
            writing.cancel();
        }
    }
}
