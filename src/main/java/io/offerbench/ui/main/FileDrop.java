package io.offerbench.ui.main;

import io.offerbench.exchange.ComparisonJson;
import io.offerbench.ui.sharing.SharingActions;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** A spreadsheet (.csv) or comparison file (.offerbench.json) dropped anywhere on the window is imported. */
final class FileDrop {

    private FileDrop() {
    }

    static void install(Node target, SharingActions sharing) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(FileDrop::importable)) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            boolean any = false;
            for (File f : files) {
                if (isCsv(f)) {
                    sharing.importCsv(f.toPath());
                    any = true;
                } else if (importable(f)) {
                    sharing.importComparison(f.toPath());
                    any = true;
                }
            }
            e.setDropCompleted(any);
            e.consume();
        });
    }

    static boolean importable(File f) {
        return isCsv(f) || ComparisonJson.isComparisonName(f.getName()) || f.getName().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static boolean isCsv(File f) {
        return f.getName().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
