package io.offerbench.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a long form inside the visible part of its scroll pane, so tabbing
 * through the offer editor never leaves the cursor in a field the user cannot see.
 */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    public static void install(ScrollPane pane) {
        pane.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                follow(scene, pane);
            }
        });
        if (pane.getScene() != null) {
            follow(pane.getScene(), pane);
        }
    }

    private static void follow(Scene scene, ScrollPane pane) {
        scene.focusOwnerProperty().addListener((o, before, focused) -> {
            if (focused != null && isInside(focused, pane.getContent())) {
                reveal(pane, focused);
            }
        });
    }

    public static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin()) * (contentHeight - viewport);
        double target = top;
        if (inContent.getMinY() < top) {
            target = inContent.getMinY() - 12;
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport + 12;
        }
        double clamped = Math.max(0, Math.min(target, contentHeight - viewport));
        pane.setVvalue(pane.getVmin() + clamped / (contentHeight - viewport) * (pane.getVmax() - pane.getVmin()));
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
