package io.offerbench.testing;

import java.util.ArrayList;
import java.util.List;
import io.offerbench.ui.common.WholeFigures;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a user cannot read in a drawn window: a label or button whose text JavaFX cut to an ellipsis, a table cell
 * cut without a tooltip that gives its whole text, an amount in a money column cut at all (its tooltip does not
 * excuse it), and a button that lies partly outside the window. Only what is
 * shown counts (a node hidden by its own or a parent's visibility, or scrolled away in a list, is not looked at).
 */
public final class ClippedText {

    /** How a cut amount of a money column is reported (it counts even with a tooltip). */
    public static final String FIGURE_CUT = "money cell cut:";

    private ClippedText() {
    }

    /** One line per problem, naming the node and the text it shows against the text it holds. */
    public static List<String> in(Parent root) {
        List<String> problems = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        walk(root, window, problems);
        return problems;
    }

    private static void walk(Node node, Bounds window, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, window, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, window, problems);
            }
        }
    }

    private static void check(Labeled labeled, Bounds window, List<String> problems) {
        String full = labeled.isMnemonicParsing() ? withoutMnemonic(labeled.getText()) : labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0 || isVirtualFiller(labeled)) {
            return;
        }
        String shown = shownText(labeled);
        boolean cut = shown != null && !shown.equals(full) && !shown.replace("\n", " ").equals(full);
        if (cut) {
            if (isFigure(labeled)) {
                problems.add(FIGURE_CUT + " \"" + shown + "\" for \"" + full + "\"");
            } else if (labeled instanceof IndexedCell<?> cell) {
                Tooltip tip = cell.getTooltip();
                if (tip == null || tip.getText() == null || !tip.getText().contains(full)) {
                    problems.add("cell cut without a tooltip: \"" + shown + "\" for \"" + full + "\"");
                }
            } else {
                problems.add(kind(labeled) + " cut: \"" + shown + "\" for \"" + full + "\"");
            }
        }
        if (labeled instanceof ButtonBase && !inScrolledArea(labeled)) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            if (b.getMaxX() > window.getMaxX() + 0.5 || b.getMaxY() > window.getMaxY() + 0.5
                    || b.getMinX() < window.getMinX() - 0.5) {
                problems.add("button outside the window: \"" + full + "\" at " + (int) b.getMinX() + ".." + (int) b.getMaxX()
                        + " x " + (int) b.getMinY() + ".." + (int) b.getMaxY());
            }
        }
    }

    /** An amount in a money column: it must read whole, a tooltip is not enough (WholeFigures). */
    private static boolean isFigure(Labeled labeled) {
        return labeled instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && cell.getTableColumn().getStyleClass().contains(WholeFigures.STYLE);
    }

    /** "_File" is drawn "File", with F underlined while Alt is held. */
    private static String withoutMnemonic(String text) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf('_');
        return at >= 0 && at + 1 < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
    }

    private static String kind(Labeled labeled) {
        String id = labeled.getId() == null ? "" : " #" + labeled.getId();
        return labeled.getClass().getSimpleName() + id;
    }

    /** The text its skin draws (the text node it made), or null before it has a skin. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    /** Empty rows a table keeps below its last item, and cells of rows scrolled away, are not read. */
    private static boolean isVirtualFiller(Labeled labeled) {
        return labeled instanceof IndexedCell<?> cell && (cell.isEmpty() || cell.getIndex() < 0);
    }

    private static boolean inScrolledArea(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }
}
