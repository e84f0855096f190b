package io.offerbench.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** How many of a table's rows a user sees whole: rows holding an item and lying entirely inside the table's viewport. */
public final class VisibleRows {

    private VisibleRows() {
    }

    /** Call on the FX thread, once the table has been laid out. */
    public static int of(TableView<?> table) {
        Node viewport = table.lookup(".clipped-container");
        if (viewport == null || !table.isVisible()) {
            return 0;
        }
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        int whole = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getItem() != null && row.isVisible() && !row.isEmpty()) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                if (b.getHeight() > 0 && b.getMinY() >= shown.getMinY() - 0.5 && b.getMaxY() <= shown.getMaxY() + 0.5) {
                    whole++;
                }
            }
        }
        return whole;
    }
}
