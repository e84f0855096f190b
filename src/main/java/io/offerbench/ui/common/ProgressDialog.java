package io.offerbench.ui.common;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small window that follows a long task: its message, a progress bar and a Cancel button. It
 * closes itself when the task ends, however it ends. Window-modal, so the main window cannot
 * start a second run meanwhile, but keeps painting (the work itself is on another thread).
 */
public final class ProgressDialog {

    private ProgressDialog() {
    }

    /** Shows the dialog for {@code task}; call before the task is started, on the FX thread. */
    public static Stage follow(Window owner, String title, Task<?> task) {
        Label message = new Label();
        message.setId("progressMessage");
        message.setWrapText(true);
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("progressBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(Messages.get("progress.cancel"));
        cancel.setId("progressCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(10, message, bar, new HBox(gap, cancel));
        box.setPadding(new Insets(14));
        box.setPrefWidth(420);

        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setResizable(false);
        stage.setScene(new Scene(box));
        // Closing the window is the same as Cancel; the task decides what is left (nothing, for a report).
        stage.setOnCloseRequest(e -> task.cancel());
        task.stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
