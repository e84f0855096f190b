package io.offerbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/**
 * Puts the parts of a screen that start below the fold into the window only after the window has drawn its first
 * frame, one part per frame: the first frame then styles and lays out only what it shows. At start-up the whole
 * scene's first CSS and layout pass is most of the FX thread's work before the window can be used (see
 * docs/performance.md), and the offer editor's lower sections and the comments are about half of its nodes.
 * The parts are built (and bound) at once; only their place in the scene waits, so nothing they show is lost or late
 * beyond those few frames.
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /**
     * Takes {@code parent}'s children from index {@code keep} on out of it now, and puts them back in order, one each
     * frame, starting after the first frame that the window holding {@code parent} has drawn.
     */
    public static void keepFirst(Pane parent, int keep) {
        List<Node> later = new ArrayList<>(parent.getChildren().subList(Math.min(keep, parent.getChildren().size()),
                parent.getChildren().size()));
        if (later.isEmpty()) {
            return;
        }
        parent.getChildren().removeAll(later);
        whenDrawn(parent, () -> putBack(parent, later, 0));
    }

    /** Runs {@code then} once, after a frame of the window that shows {@code node} has been laid out. */
    private static void whenDrawn(Node node, Runnable then) {
        new Object() {
            private final List<ObservableValue<?>> watched = new ArrayList<>();
            private final ChangeListener<Object> retry = (o, was, now) -> look();
            private boolean done;

            /** Not shown yet: the node joins a scene, the scene a window, the window is shown; look again at each step. */
            void look() {
                Scene scene = node.getScene();
                if (done) {
                    return;
                }
                if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                    done = true;
                    watched.forEach(o -> o.removeListener(retry));
                    afterNextLayout(scene, then);
                    return;
                }
                watch(node.sceneProperty());
                if (scene != null) {
                    watch(scene.windowProperty());
                    if (scene.getWindow() != null) {
                        watch(scene.getWindow().showingProperty());
                    }
                }
            }

            private void watch(ObservableValue<?> value) {
                if (!watched.contains(value)) {
                    watched.add(value);
                    value.addListener(retry);
                }
            }
        }.look();
    }

    private static void afterNextLayout(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then); // after this pulse, so its frame is drawn without what comes next
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void putBack(Pane parent, List<Node> later, int next) {
        parent.getChildren().add(later.get(next));
        if (next + 1 < later.size()) {
            whenDrawn(parent, () -> putBack(parent, later, next + 1));
        }
    }
}
