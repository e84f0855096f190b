package io.offerbench.ui.currencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.store.Database;
import io.offerbench.ui.AppUITest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * Drives the real window on a fresh database: the documents' CNY rate is listed with its source row,
 * USD cannot be changed, a wrong rate is refused with a message, and an edited rate and a
 * cost-of-living estimate are still there after a restart; a place's shipped tax tables are found by
 * choosing the section and the place, each table with its source, tax year and date read beside it.
 */
class CurrenciesUITest extends AppUITest {


    @Test
    void anEditedExchangeRateAndAnEstimateSurviveARestart() throws Exception {
        Path db = dir.resolve("currencies.db");
        app.start(db);
        openCurrenciesTab();
        TableView<RateRow> rates = ratesTable();
        app.waitUntil(() -> rates.getItems().size() == 2);
        RateRow cny = rates.getItems().get(1);
        assertThat(cny.perUsd()).isEqualTo("7.16");
        assertThat(cny.source()).contains("bloomberg-2025-cny-per-usd");

        app.clickOn(rowOf("USD"));
        app.waitUntil(() -> app.node("#saveRateButton", Button.class).isDisabled());
        assertThat(app.node("#usdNote", Label.class).isVisible()).isTrue();
        assertThat(app.node("#ratePerUsdField", TextField.class).isDisabled()).isTrue();

        app.clickOn(rowOf("CNY"));
        app.waitUntil(() -> "7.16".equals(app.node("#ratePerUsdField", TextField.class).getText()));
        assertThat(app.node("#rateCurrencyField", TextField.class).isEditable()).as("an existing rate keeps its currency").isFalse();
        replace("#ratePerUsdField", "0");
        Label error = app.node("#ratePerUsdError", Label.class);
        app.waitUntil(error::isVisible);
        assertThat(error.getText()).startsWith("Units per USD must be more than zero");
        replace("#ratePerUsdField", "7.25");
        app.waitUntil(() -> !error.isVisible());
        app.clickOn("#saveRateButton");
        app.waitUntil(() -> rates.getItems().stream().anyMatch(r -> r.perUsd().equals("7.25")));
        assertThat(rates.getItems().get(1).source()).startsWith("Your own figure").contains("bloomberg-2025-cny-per-usd");

        app.clickOn("Your own estimates");
        app.waitUntil(() -> app.node("#costOfLivingPlaceField", TextField.class).isVisible());
        focusAndClick("#costOfLivingPlaceField").write("London");
        focusAndClick("#costOfLivingValueField").write("130");
        focusAndClick("#costOfLivingNoteField").write("rent for a one-bedroom flat included");
        focusAndClick("#costOfLivingSaveButton");
        TableView<?> costOfLiving = app.node("#costOfLivingTable", TableView.class);
        app.waitUntil(() -> costOfLiving.getItems().size() == 1);
        assertThat(app.node("#taxRateTable", TableView.class).getItems()).as("the estimate went to its own table only").isEmpty();
        app.stop();

        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            ExchangeRate stored = database.rates().findAll().stream().filter(r -> r.currency().equals(CurrencyCode.CNY)).findFirst().orElseThrow();
            assertThat(stored.perUsd()).isEqualByComparingTo("7.25");
            assertThat(database.locationFactors().findAll()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(LocationFactor.Kind.COST_OF_LIVING);
                assertThat(f.place()).isEqualTo("London");
                assertThat(f.value()).isEqualByComparingTo("130");
            });
        }

        app.start(db);
        openCurrenciesTab();
        TableView<RateRow> reopened = ratesTable();
        app.waitUntil(() -> reopened.getItems().size() == 2 && reopened.getItems().get(1).perUsd().equals("7.25"));
        TableView<?> costAfterRestart = app.node("#costOfLivingTable", TableView.class);
        app.waitUntil(() -> costAfterRestart.getItems().size() == 1);
    }

    @Test
    void beijingsTaxTablesAndTheirSourcesAreTwoClicksAwayAndReadWithoutScrolling() throws Exception {
        app.start(dir.resolve("tax.db"));
        openCurrenciesTab();
        app.clickOn("Tax tables");
        @SuppressWarnings("unchecked")
        ListView<ShippedFigures.Place> places = app.node("#taxPlaces", ListView.class);
        app.waitUntil(places::isVisible);
        assertThat(places.getItems()).extracting(ShippedFigures.Place::label)
                .contains("San Francisco Bay Area", "Beijing", "Hangzhou and Shenzhen (left out)");
        app.clickOn(app.lookup("#taxPlaces .list-cell").match((ListCell<?> c) -> "Beijing".equals(c.getText())).queryAs(Node.class));
        VBox detail = app.node("#taxDetail", VBox.class);
        app.waitUntil(() -> shown(detail).contains("Beijing"));
        List<String> lines = shown(detail);
        int iit = lines.indexOf(lines.stream().filter(l -> l.contains("tax year 2026 (read on")).findFirst().orElseThrow());
        assertThat(lines.get(iit + 1)).as("the table's source right under it").isNotBlank().doesNotContain("tax year");
        assertThat(lines).anyMatch(l -> l.startsWith("Checked with: "));
        assertThat(lines).contains("Beijing: individual income tax 2026, social insurance 2025/26, housing fund 2025/26.");
        // The place's summary and its first table with the source read in the window as it opens, no scrolling.
        Bounds window = app.node("#tabs", TabPane.class).getScene().getRoot().getLayoutBounds();
        Label source = (Label) detail.getChildren().get(iit + 1);
        assertThat(source.localToScene(source.getLayoutBounds()).getMaxY()).isLessThan(window.getMaxY());

        app.clickOn(app.lookup("#taxPlaces .list-cell").match((ListCell<?> c) -> "Hangzhou and Shenzhen (left out)".equals(c.getText()))
                .queryAs(Node.class));
        app.waitUntil(() -> shown(detail).contains("Left out: Hangzhou and Shenzhen"));

        app.clickOn("Cost of living");
        VBox living = app.node("#livingDetail", VBox.class);
        // Places by name, the first chosen: Austin's index with its area, year and date read.
        app.waitUntil(() -> living.isVisible() && shown(living).stream().anyMatch(l -> l.startsWith("Austin: index 97.62 (")
                && l.contains("read on ")));
        app.clickOn("Reference rates");
        VBox reference = app.node("#referenceBox", VBox.class);
        app.waitUntil(() -> reference.isVisible()
                && shown(reference).stream().anyMatch(l -> l.startsWith("European Central Bank: euro reference rates of")));
    }

    private static List<String> shown(VBox box) {
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private void openCurrenciesTab() {
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(4));
    }

    @SuppressWarnings("unchecked")
    private TableView<RateRow> ratesTable() {
        return app.node("#ratesTable", TableView.class);
    }

    private Node rowOf(String currency) {
        return app.lookup("#ratesTable .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof RateRow row && row.currency().code().equals(currency)).query();
    }

    /** Focus first: the screen scrolls the focused control into view, as it does for a user tabbing to it. */
    private org.testfx.api.FxRobotInterface focusAndClick(String id) {
        app.interact(() -> app.node(id, Node.class).requestFocus());
        return app.clickOn(id);
    }

    private void replace(String field, String text) {
        TextField f = app.node(field, TextField.class);
        app.clickOn(field);
        app.interact(f::selectAll);
        app.type(KeyCode.BACK_SPACE).write(text);
    }
}
