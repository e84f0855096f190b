package io.offerbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.exchange.OfferCsvImporter;
import io.offerbench.store.Database;
import io.offerbench.ui.AppUITest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * Drives the real window on three sample offers: the compare tab shows the key figures and five
 * charts, the charts follow an edit of an offer on the Offers tab and a weight moved on the Ranking
 * tab, and too few ticked offers are explained instead of charted. One app session: ControlsFX
 * decorations from the offer editor outlive a restart of the window in the same JVM.
 */
class CompareViewUITest extends AppUITest {


    @Test
    void chartsShowThreeOffersWaitForTwoAndFollowEditsAndWeights() throws Exception {
        Path db = dir.resolve("offers.db");
        List<Offer> saved = seed(db);
        app.start(db);
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(2));
        ChartViewer pay = app.node("#payChart", ChartViewer.class);
        app.waitUntil(pay::isVisible);
        for (String id : List.of("#payChart", "#cumulativeChart", "#marketChart", "#profileChart", "#breakdownChart")) {
            assertThat(app.node(id, ChartViewer.class).isVisible()).as(id).isTrue();
            assertThat(app.node(id, ChartViewer.class).getChart().getTitle().getText()).as(id).isNotBlank();
        }
        CategoryDataset bars = pay.getChart().getCategoryPlot().getDataset();
        assertThat(bars.getColumnCount()).isEqualTo(3);
        assertThat(bars.getValue("Base", bars.getColumnKey(0)).doubleValue()).isEqualTo(310_000);
        TableView<?> figures = app.node("#figuresTable", TableView.class);
        assertThat(figures.getColumns()).hasSize(4);
        FigureRow year1 = figures.getItems().stream().map(FigureRow.class::cast)
                .filter(r -> r.label().equals(io.offerbench.text.Texts.get("compare.row.year1"))).findFirst().orElseThrow();
        assertThat(year1.values()).containsExactly("$570,000", "$501,000", "$600,000");

        CheckBox second = app.lookup("#choiceBox .check-box").nth(1).queryAs(CheckBox.class);
        CheckBox third = app.lookup("#choiceBox .check-box").nth(2).queryAs(CheckBox.class);
        app.clickOn(second);
        app.clickOn(third);
        Label message = app.node("#selectionMessage", Label.class);
        app.waitUntil(message::isVisible);
        assertThat(message.getText()).contains("at least 2").contains("1 ticked");
        assertThat(app.node("#payChart", ChartViewer.class).isVisible()).isFalse();
        assertThat(app.node("#export-payChart", Button.class).isDisabled()).isTrue();
        app.clickOn(second);
        app.waitUntil(() -> !message.isVisible() && pay.isVisible() && pay.getChart().getCategoryPlot().getDataset().getColumnCount() == 2);
        app.clickOn(third);
        app.waitUntil(() -> !message.isVisible() && app.node("#payChart", ChartViewer.class).isVisible()
                && pay.getChart().getCategoryPlot().getDataset().getColumnCount() == 3);

        // Edit Helix AI's base salary on the Offers tab: the pay chart follows.
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(0));
        TableView<?> offers = app.node("#table", TableView.class);
        app.interact(() -> offers.getSelectionModel().select(0));
        app.waitUntil(() -> "Helix AI".equals(app.node("#companyField", TextField.class).getText()));
        TextField base = app.node("#baseSalaryField", TextField.class);
        app.interact(base::requestFocus);
        app.clickOn(base);
        app.interact(base::selectAll);
        app.type(KeyCode.BACK_SPACE).write("350,000");
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(2));
        app.waitUntil(() -> valueOf(pay, "Base", 0) == 350_000);
        assertThat(figures.getItems().stream().map(FigureRow.class::cast)
                .filter(r -> r.label().equals(io.offerbench.text.Texts.get("compare.row.base"))).findFirst().orElseThrow()
                .values().get(0)).isEqualTo("$350,000");

        // Move the pay weight on the Ranking tab: the score breakdown follows.
        ChartViewer breakdown = app.node("#breakdownChart", ChartViewer.class);
        double payPointsBefore = valueOf(breakdown, "Pay", 0);
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(1));
        app.interact(() -> app.node("#weight-pay", Slider.class).setValue(80));
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(2));
        app.waitUntil(() -> valueOf(breakdown, "Pay", 0) > payPointsBefore + 5);
        assertThat(saved).hasSize(3);
    }

    private static double valueOf(ChartViewer viewer, String series, int column) {
        CategoryDataset d = viewer.getChart().getCategoryPlot().getDataset();
        return d.getValue(series, d.getColumnKey(column)).doubleValue();
    }

    /** The first three sample offers (Helix AI, Northwind Research, Kestrel Capital). */
    static List<Offer> seed(Path db) throws Exception {
        try (Database database = Database.open(db, Clock.systemDefaultZone()); InputStream in = Files.newInputStream(Path.of("docs/sample-offers.csv"))) {
            List<Offer> three = OfferCsvImporter.parse(in, "sample-offers.csv").offers().subList(0, 3);
            return database.offers().saveAll(three);
        }
    }
}
