package io.offerbench.ui.compare;

import io.offerbench.charts.ChartExport;
import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ChartTexts;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.PayBasis;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.sharing.FilePicker;
import java.nio.file.Path;
import javafx.stage.Window;

/**
 * Exports one chart: asks for a size and a file, then rebuilds the chart from the same inputs and
 * writes it in the background (never on the FX thread, and never from the chart object on screen,
 * which the window may be painting at that moment).
 */
final class ChartExporter {

    private final Window owner;
    private final Workspace workspace;
    private final FilePicker files;
    private final SizePrompt sizes;
    private ExportSize lastSize = ExportSize.DEFAULT;

    ChartExporter(Window owner, Workspace workspace, FilePicker files, SizePrompt sizes) {
        this.owner = owner;
        this.workspace = workspace;
        this.files = files;
        this.sizes = sizes;
    }

    void export(ChartKind kind, ComparedOffers offers, PayBasis basis, ChartStyle style, ChartTexts texts) {
        if (offers == null) {
            return;
        }
        sizes.ask(owner, lastSize).ifPresent(size -> {
            lastSize = size;
            files.save(owner, FilePicker.Kind.CHART, kind.fileName())
                    .ifPresent(file -> write(kind, offers, basis, style, texts, file, size));
        });
    }

    private void write(ChartKind kind, ComparedOffers offers, PayBasis basis, ChartStyle style, ChartTexts texts, Path file,
            ExportSize size) {
        workspace.work().run(() -> {
            ChartExport.write(kind.build(offers, basis, style, texts), file, ChartExport.Format.ofFile(file), size.width(), size.height());
            return file;
        }, saved -> workspace.setStatus(Messages.get("compare.export.done", saved.toString())),
                failure -> Dialogs.error(owner, Messages.get("compare.export.title"),
                        Messages.get("compare.export.failed", String.valueOf(failure.getMessage()))));
    }
}
