package io.offerbench.ui.currencies;

import io.offerbench.ui.common.Visibility;
import io.offerbench.domain.LocationFactor;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * One table of the user's estimates by place with its form. The same view serves both kinds, so its
 * node ids get the kind's prefix ("costOfLivingTable", "taxRateTable") and each can be found on its own.
 */
final class LocationFactorsController {

    private final LocationFactorsViewModel model;
    private final Workspace workspace;
    private final CurrencyStore store;
    private final Window owner;

    @FXML private Label heading, intro, empty, problems, placeLabel, valueLabel, noteLabel, placeError, valueError, noteError;
    @FXML private TableView<LocationFactor> table;
    @FXML private TableColumn<LocationFactor, String> placeColumn, valueColumn, noteColumn;
    @FXML private TextField placeField, valueField, noteField;
    @FXML private Button saveButton, newButton, deleteButton;

    LocationFactorsController(LocationFactorsViewModel model, Workspace workspace, CurrencyStore store, Window owner) {
        this.model = model;
        this.workspace = workspace;
        this.store = store;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        String p = model.keyPrefix();
        heading.setText(Messages.get("currencies." + p + ".heading"));
        intro.setText(Messages.get("currencies." + p + ".intro"));
        empty.setText(Messages.get("currencies." + p + ".empty"));
        placeLabel.setText(model.label("place"));
        valueLabel.setText(model.label("value"));
        noteLabel.setText(model.label("note"));
        valueColumn.setText(Messages.get("currencies." + p + ".col.value"));
        valueField.setPromptText(Messages.get("currencies." + p + ".prompt.value"));
        placeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().place()));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(BenchmarkWording.number(c.getValue().value())));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        FormBinding.bind(placeField, placeError, model.place);
        FormBinding.bind(valueField, valueError, model.value);
        FormBinding.bind(noteField, noteError, model.note);
        problems.textProperty().bind(model.problemsProperty());
        Visibility.showWhen(problems, model.problemsProperty().isNotEmpty());
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        for (Node n : List.of(heading, intro, table, placeField, valueField, noteField, placeError, valueError, noteError, problems,
                saveButton, newButton, deleteButton)) {
            n.setId(p + Character.toUpperCase(n.getId().charAt(0)) + n.getId().substring(1));
        }
    }

    void show(List<LocationFactor> all) {
        model.setStored(all);
    }

    @FXML
    private void onSave() {
        model.submit().ifPresent(factor -> store.saveFactor(factor, stored -> {
            showAndSelect(stored, factor);
            workspace.setStatus(Messages.get("currencies.status.factorSaved", factor.place()));
        }));
    }

    @FXML
    private void onNew() {
        table.getSelectionModel().clearSelection();
        model.startNew();
        placeField.requestFocus();
    }

    @FXML
    private void onDelete() {
        LocationFactor selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && Dialogs.confirm(owner, Messages.get("currencies.factors.delete.title"),
                Messages.get("currencies.factors.delete.text", selected.place()))) {
            store.deleteFactor(selected, stored -> {
                showAndSelect(stored, null);
                workspace.setStatus(Messages.get("currencies.status.factorDeleted", selected.place()));
            });
        }
    }

    private void showAndSelect(List<LocationFactor> stored, LocationFactor select) {
        table.getSelectionModel().clearSelection();
        model.setStored(stored);
        model.startNew();
        if (select != null) {
            model.rows().stream().filter(f -> f.place().equalsIgnoreCase(select.place())).findFirst()
                    .ifPresent(f -> table.getSelectionModel().select(f));
        }
    }
}
