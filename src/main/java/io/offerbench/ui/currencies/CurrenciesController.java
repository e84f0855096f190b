package io.offerbench.ui.currencies;

import io.offerbench.ui.common.Visibility;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.exchange.money.MoneyDataset;
import io.offerbench.text.MoneyDataTexts;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.Fxml;
import io.offerbench.ui.common.View;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.ScrollIntoView;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The currencies and estimates screen, one section at a time: the exchange-rate table with its form; the shipped
 * reference rates; the shipped tax tables and price indices, each a list of places beside the chosen place's
 * figures and sources; and the two tables of the user's own estimates by place (cost of living, effective tax
 * rate), which scoring reads.
 */
public final class CurrenciesController {

    private final Workspace workspace;
    private final Window owner;
    private final CurrencyStore store;
    private final ExchangeRatesViewModel rates;
    private final List<LocationFactorsController> factorSections;

    @FXML private TableView<RateRow> ratesTable;
    @FXML private TableColumn<RateRow, String> rateCurrencyColumn, ratePerUsdColumn, rateAsOfColumn, rateSourceColumn;
    @FXML private TextField rateCurrencyField, ratePerUsdField, rateAsOfField, rateSourceField;
    @FXML private Label rateCurrencyError, ratePerUsdError, rateAsOfError, rateSourceError, rateProblems, usdNote;
    @FXML private Button saveRateButton, deleteRateButton;
    @FXML private HBox factorsBox;
    @FXML private VBox referenceBox, taxDetail, livingDetail;
    @FXML private Label taxIntro, livingIntro;
    @FXML private ListView<ShippedFigures.Place> taxPlaces, livingPlaces;
    @FXML private ScrollPane currenciesScroll, estimatesScroll;

    public CurrenciesController(Workspace workspace, Window owner) {
        this.workspace = workspace;
        this.owner = owner;
        this.rates = new ExchangeRatesViewModel(LocalDate.now(workspace.clock()));
        this.store = new CurrencyStore(workspace);
        this.factorSections = List.of(
                new LocationFactorsController(new LocationFactorsViewModel(LocationFactor.Kind.COST_OF_LIVING), workspace, store, owner),
                new LocationFactorsController(new LocationFactorsViewModel(LocationFactor.Kind.EFFECTIVE_TAX_RATE), workspace, store, owner));
    }

    @FXML
    private void initialize() {
        column(rateCurrencyColumn, r -> r.currency().code());
        column(ratePerUsdColumn, RateRow::perUsd);
        column(rateAsOfColumn, RateRow::asOf);
        column(rateSourceColumn, RateRow::source);
        ratesTable.setItems(rates.rows());
        ratesTable.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                rates.select(now);
            }
        });
        FormBinding.bind(rateCurrencyField, rateCurrencyError, rates.currency);
        FormBinding.bind(ratePerUsdField, ratePerUsdError, rates.perUsd);
        FormBinding.bind(rateAsOfField, rateAsOfError, rates.asOf);
        FormBinding.bind(rateSourceField, rateSourceError, rates.source);
        rateCurrencyField.editableProperty().bind(rates.currencyEditableProperty());
        for (TextField f : List.of(ratePerUsdField, rateAsOfField, rateSourceField)) {
            f.disableProperty().bind(rates.lockedProperty());
        }
        saveRateButton.disableProperty().bind(rates.lockedProperty());
        deleteRateButton.disableProperty().bind(rates.lockedProperty().or(ratesTable.getSelectionModel().selectedItemProperty().isNull()));
        Visibility.showWhen(usdNote, rates.lockedProperty());
        rateProblems.textProperty().bind(rates.problemsProperty());
        Visibility.showWhen(rateProblems, rates.problemsProperty().isNotEmpty());

        for (LocationFactorsController section : factorSections) {
            factorsBox.getChildren().add(Fxml.load(View.LOCATION_FACTORS, () -> section));
        }
        MoneyData shipped = MoneyDataset.bundled();
        FigureLines.show(referenceBox, ShippedFigures.rates(shipped));
        taxIntro.setText(ShippedFigures.taxIntro(shipped));
        ShippedPlacesView.bind(taxPlaces, taxDetail, new ShippedPlacesViewModel(ShippedFigures.taxPlaces(shipped)));
        livingIntro.setText(MoneyDataTexts.livingMethod(shipped));
        ShippedPlacesView.bind(livingPlaces, livingDetail, new ShippedPlacesViewModel(ShippedFigures.livingPlaces(shipped)));
        // The forms sit below the fold on small screens; keep the field being typed in visible.
        ScrollIntoView.install(currenciesScroll);
        ScrollIntoView.install(estimatesScroll);
        store.loadRates(rates::setStored);
        store.loadFactors(all -> factorSections.forEach(s -> s.show(all)));
    }

    @FXML
    private void onSaveRate() {
        rates.submit().ifPresent(rate -> store.saveRate(rate, stored -> {
            showRates(stored, rate);
            workspace.setStatus(Messages.get("currencies.status.rateSaved", rate.currency().code()));
        }));
    }

    @FXML
    private void onNewRate() {
        ratesTable.getSelectionModel().clearSelection();
        rates.startNew();
        rateCurrencyField.requestFocus();
    }

    @FXML
    private void onDeleteRate() {
        rates.loaded().ifPresent(rate -> {
            if (Dialogs.confirm(owner, Messages.get("currencies.rates.delete.title"),
                    Messages.get("currencies.rates.delete.text", rate.currency().code()))) {
                store.deleteRate(rate.currency(), stored -> {
                    showRates(stored, null);
                    workspace.setStatus(Messages.get("currencies.status.rateDeleted", rate.currency().code()));
                });
            }
        });
    }

    /** Refreshes the table and selects the rate just saved, so the form shows it as stored. */
    private void showRates(List<ExchangeRate> stored, ExchangeRate select) {
        rates.setStored(stored);
        ratesTable.getSelectionModel().clearSelection();
        rates.startNew();
        if (select != null) {
            ratesTable.getItems().stream().filter(r -> r.currency().equals(select.currency())).findFirst()
                    .ifPresent(r -> ratesTable.getSelectionModel().select(r));
        }
    }

    private static void column(TableColumn<RateRow, String> column, Function<RateRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
