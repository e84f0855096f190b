package io.offerbench.ui.compare;

import io.offerbench.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's save dialog, offering PNG and SVG; the extension picked decides the format. */
public final class FxSaveFileChooser implements SaveFileChooser {

    private File lastFolder;

    @Override
    public Optional<Path> choose(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName + ".png");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(Messages.get("compare.export.filter.png"), "*.png"),
                new FileChooser.ExtensionFilter(Messages.get("compare.export.filter.svg"), "*.svg"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        Path path = file.toPath();
        // A name typed without extension takes the one of the filter shown, so the format is never a guess.
        String ext = chooser.getSelectedExtensionFilter() != null
                && chooser.getSelectedExtensionFilter().getExtensions().contains("*.svg") ? ".svg" : ".png";
        path = io.offerbench.ui.common.FileNames.withExtension(path, ext, ".png", ".svg");
        return Optional.of(path);
    }
}
