package io.offerbench.ui.common;

import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The icon beside each command, on its button and its menu item alike (Material Design Icons through Ikonli, a font
 * coloured by the theme: {@code .command-icon} in offerbench.css). Keyed by the command's id, so a menu item and the
 * button doing the same thing show the same picture.
 */
public final class CommandIcons {

    private static final Map<String, Ikon> BY_ID = Map.ofEntries(
            Map.entry("newOfferItem", MaterialDesignP.PLUS), Map.entry("addButton", MaterialDesignP.PLUS),
            Map.entry("duplicateItem", MaterialDesignC.CONTENT_COPY), Map.entry("duplicateButton", MaterialDesignC.CONTENT_COPY),
            Map.entry("deleteItem", MaterialDesignD.DELETE_OUTLINE), Map.entry("deleteButton", MaterialDesignD.DELETE_OUTLINE),
            Map.entry("importCsvItem", MaterialDesignF.FILE_IMPORT_OUTLINE),
            Map.entry("importComparisonItem", MaterialDesignF.FOLDER_OPEN_OUTLINE),
            Map.entry("exportComparisonItem", MaterialDesignF.FILE_EXPORT_OUTLINE), Map.entry("exportCsvItem", MaterialDesignE.EXPORT),
            Map.entry("reportItem", MaterialDesignF.FILE_PDF_BOX), Map.entry("briefItem", MaterialDesignF.FILE_DOCUMENT_OUTLINE),
            Map.entry("restoreBackupItem", MaterialDesignR.RESTORE),
            Map.entry("undoItem", MaterialDesignU.UNDO), Map.entry("redoItem", MaterialDesignR.REDO),
            Map.entry("findItem", MaterialDesignM.MAGNIFY),
            Map.entry("comparisonCommentItem", MaterialDesignC.COMMENT_TEXT_OUTLINE),
            Map.entry("export", MaterialDesignE.EXPORT), Map.entry("resetZoom", MaterialDesignF.FIT_TO_PAGE_OUTLINE));

    private CommandIcons() {
    }

    /** Gives a menu item its command's icon, if the command has one. */
    public static MenuItem on(MenuItem item) {
        icon(item.getId()).ifPresent(item::setGraphic);
        return item;
    }

    /** Gives a button its command's icon, if the command has one; ids may carry a suffix after '-' ("export-payChart"). */
    public static <T extends Labeled> T on(T button) {
        String id = button.getId() == null ? "" : button.getId();
        icon(id.contains("-") ? id.substring(0, id.indexOf('-')) : id).ifPresent(button::setGraphic);
        return button;
    }

    private static java.util.Optional<FontIcon> icon(String id) {
        Ikon ikon = id == null ? null : BY_ID.get(id);
        if (ikon == null) {
            return java.util.Optional.empty();
        }
        FontIcon icon = FontIcon.of(ikon, 16);
        icon.getStyleClass().add("command-icon");
        return java.util.Optional.of(icon);
    }
}
