package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerbench.cli.Cli;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 on the Ranking tab, at 1024x700, against {@code score --format json} on the same five sample offers: the
 * selected runner-up's counter-offer targets, who leads how often (the sentence and a chart whose bars have room and
 * whose axis stays 0-100), and the weight regions in words for every offer that does not lead, in a panel no wider
 * than the window shows.
 */
class NegotiationOnRankingUITest extends AppUITest {

    @Test
    @SuppressWarnings("unchecked")
    void targetsAcceptabilityAndRegionsAreShownAsTheCommandLineGivesThem() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        JsonNode json = score(db);
        app.start(db);
        app.interact(() -> {
            app.node("#tabs", TabPane.class).getSelectionModel().select(1);
            app.node("#tabs", TabPane.class).getScene().getWindow().setWidth(1024);
            app.node("#tabs", TabPane.class).getScene().getWindow().setHeight(700);
        });
        TableView<RankingRow> table = app.node("#rankingTable", TableView.class);
        app.waitUntil(() -> table.getItems().size() == json.size());

        // The runner-up's targets, figure for figure as to_rank_first gives them.
        app.interact(() -> table.getSelectionModel().select(1));
        JsonNode second = json.get(1);
        VBox targets = app.node("#targetsBox", VBox.class);
        app.waitUntil(() -> !targets.getChildren().isEmpty() && text(targets).contains(second.get("company").asText()));
        String said = text(targets);
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.US);
        for (String lever : List.of("base_salary", "sign_on_bonus", "equity_total")) {
            JsonNode n = second.get("to_rank_first").get(lever);
            if (!n.isNull()) {
                assertThat(said).as(lever).contains("+$" + whole.format(n.asLong()));
            }
        }

        // Who leads how often: the sentence names the leader with its rank-1 share from the JSON.
        Label sentence = app.node("#acceptabilitySentence", Label.class);
        app.waitUntil(() -> !sentence.getText().isBlank());
        JsonNode leader = json.get(0);
        String share = new BigDecimal(leader.get("rank_acceptability").get(0).asText()).movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                + "%";
        assertThat(sentence.getText()).startsWith(leader.get("company").asText()).contains("leads in " + share);
        StackPane chartPane = app.node("#acceptabilityChartPane", StackPane.class);
        ChartViewer chart = app.node("#acceptabilityChart", ChartViewer.class);
        app.waitUntil(chart::isVisible);
        assertThat(chartPane.getHeight()).as("room for a bar per rank under a legend line per offer")
                .isGreaterThanOrEqualTo(RankingController.CHART_FRAME_HEIGHT + RankingController.CHART_PER_OFFER_HEIGHT * json.size() - 0.5);
        assertThat(chart.getCanvas().isRangeZoomable()).as("the wheel scrolls the panel, it does not zoom the 100% bars").isFalse();
        CategoryPlot plot = (CategoryPlot) chart.getChart().getPlot();
        assertThat(plot.getRangeAxis().getRange().getUpperBound()).isEqualTo(100);

        // Every offer that does not lead is named under "What would change the lead".
        VBox regions = app.node("#regionsBox", VBox.class);
        String words = text(regions);
        for (int i = 1; i < json.size(); i++) {
            assertThat(words).contains(json.get(i).get("company").asText());
        }

        // The panel holding all this fits its viewport: nothing is cut at the window's right edge.
        ScrollPane panel = ancestor(regions, ScrollPane.class);
        Region content = (Region) panel.getContent();
        assertThat(content.getWidth()).as("the weights panel's content width").isLessThanOrEqualTo(panel.getViewportBounds().getWidth() + 0.5);
    }

    private static String text(VBox box) {
        return String.join("\n", box.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    private static <T> T ancestor(Node n, Class<T> type) {
        Node p = n.getParent();
        while (p != null && !type.isInstance(p)) {
            p = p.getParent();
        }
        return type.cast(p);
    }

    private static JsonNode score(Path db) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"score", "--db", db.toString(), "--format", "json"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
