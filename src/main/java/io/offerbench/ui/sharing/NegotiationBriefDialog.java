package io.offerbench.ui.sharing;

import io.offerbench.scoring.OfferScore;
import io.offerbench.ui.common.Messages;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window of File > Negotiation brief…: choose the offer, edit the Markdown draft, "Save as…" a .md
 * file of the user's choosing (the dialog stays open, so a second offer's brief can follow), then open it.
 */
final class NegotiationBriefDialog {

    private NegotiationBriefDialog() {
    }

    /**
     * @param chooseFile asks where to save, given the suggested name; empty when the user cancels
     * @param openFile   shows a saved brief in the system's viewer
     */
    static Dialog<Void> show(Window owner, NegotiationBriefViewModel model,
            java.util.function.Function<String, java.util.Optional<Path>> chooseFile, Consumer<Path> openFile) {
        ComboBox<OfferScore> offer = new ComboBox<>();
        offer.setId("briefOffer");
        offer.getItems().setAll(model.offers());
        offer.setButtonCell(new OfferCell());
        offer.setCellFactory(list -> new OfferCell());
        offer.valueProperty().bindBidirectional(model.chosenProperty());
        Label offerLabel = new Label(Messages.get("brief.dialog.offer"));
        offerLabel.setLabelFor(offer);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.composingProperty());
        HBox top = new HBox(8, offerLabel, offer, busy);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label explain = new Label(Messages.get("brief.dialog.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        TextArea text = new TextArea();
        text.setId("briefText");
        text.setWrapText(true);
        text.setPrefColumnCount(80);
        text.setPrefRowCount(26);
        text.textProperty().bindBidirectional(model.textProperty());
        text.disableProperty().bind(model.composingProperty());
        VBox.setVgrow(text, Priority.ALWAYS);

        Label message = new Label();
        message.setId("briefMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Hyperlink open = new Hyperlink(Messages.get("brief.dialog.open"));
        open.setId("briefOpen");
        open.setVisible(false);
        HBox bottom = new HBox(8, message, open);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox body = new VBox(8, top, explain, text, bottom);
        body.setPrefWidth(760);

        ButtonType saveType = new ButtonType(Messages.get("brief.dialog.save"), ButtonBar.ButtonData.OTHER);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("brief.dialog.title"));
        dialog.setHeaderText(Messages.get("brief.dialog.header"));
        dialog.getDialogPane().setId("briefDialog");
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets()); // same look as the window
        }
        dialog.setResizable(true);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("briefSave");
        save.disableProperty().bind(model.composingProperty().or(model.textProperty().isEmpty()));
        // Saving keeps the dialog open: consume the press that would close it.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            chooseFile.apply(model.suggestedFileName()).ifPresent(file -> model.save(withMarkdownExtension(file), saved -> {
                open.setOnAction(a -> openFile.accept(saved));
                open.setVisible(true);
            }));
        });
        model.chosenProperty().addListener((o, was, now) -> open.setVisible(false));
        offer.setValue(model.firstChoice());
        dialog.show();
        return dialog;
    }

    /** A name typed without an extension gets .md; one with .md or .markdown is kept. */
    static Path withMarkdownExtension(Path file) {
        return io.offerbench.ui.common.FileNames.withExtension(file, ".md", ".markdown");
    }

    /** "2. Northwind Research — Research Scientist" */
    private static final class OfferCell extends ListCell<OfferScore> {
        @Override
        protected void updateItem(OfferScore item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get("brief.dialog.choice", item.rank(), item.offer().label()));
        }
    }
}
