package io.offerbench.ui.sharing;

import io.offerbench.ui.common.FileNames;
import io.offerbench.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's open and save dialogs, remembering the last folder used for the rest of the session
 * (each picker its own: the window's for files, the compare view's for chart images).
 */
public final class SystemFilePicker implements FilePicker {

    private File lastFolder;

    @Override
    public Optional<Path> open(Window owner, Kind kind) {
        FileChooser chooser = chooser(kind, "open");
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> save(Window owner, Kind kind, String suggestedName) {
        FileChooser chooser = chooser(kind, "save");
        if (kind == Kind.CHART) {
            chooser.setInitialFileName(suggestedName + ".png");
            return remember(chooser.showSaveDialog(owner)).map(file -> chartFormat(file, chooser.getSelectedExtensionFilter()));
        }
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner)).map(file -> withChosenExtension(file, chooser.getSelectedExtensionFilter()));
    }

    /** A chart's name typed without extension takes the one of the filter shown, so the format is never a guess. */
    private static Path chartFormat(Path file, FileChooser.ExtensionFilter filter) {
        String ext = filter != null && filter.getExtensions().contains("*.svg") ? ".svg" : ".png";
        return FileNames.withExtension(file, ext, ".png", ".svg");
    }

    /** Some platforms' save dialogs do not add the chosen filter's extension; "report" + HTML filter is report.html. */
    private static Path withChosenExtension(Path file, FileChooser.ExtensionFilter filter) {
        String name = file.getFileName().toString();
        if (filter == null || name.contains(".")) {
            return file;
        }
        String pattern = filter.getExtensions().get(0);
        return pattern.startsWith("*.") ? file.resolveSibling(name + pattern.substring(1)) : file;
    }

    private FileChooser chooser(Kind kind, String action) {
        String key = kind.name().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        if (kind == Kind.CHART) {
            chooser.setTitle(Messages.get("compare.export.title"));
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(Messages.get("compare.export.filter.png"), "*.png"),
                    new FileChooser.ExtensionFilter(Messages.get("compare.export.filter.svg"), "*.svg"));
            return chooser;
        }
        chooser.setTitle(Messages.get("chooser." + key + "." + action));
        if (kind == Kind.REPORT) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chooser.report.filter.pdf"), "*.pdf"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chooser.report.filter.html"), "*.html", "*.htm"));
        } else {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chooser." + key + ".filter"), pattern(kind)));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chooser.all.filter"), "*"));
        return chooser;
    }

    private static String pattern(Kind kind) {
        return switch (kind) {
            case CSV -> "*.csv";
            case COMPARISON -> "*.json";
            case DATABASE -> "*.db";
            case REPORT -> "*.pdf";
            case BRIEF -> "*.md";
            case CHART -> "*.png";
        };
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
