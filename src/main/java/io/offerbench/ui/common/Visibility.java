package io.offerbench.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Shows a node only while a condition holds, and takes no room while hidden. */
public final class Visibility {

    private Visibility() {
    }

    public static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
