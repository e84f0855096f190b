package io.offerbench.ui.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.scoring.OfferScore;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import io.offerbench.ui.ranking.RankingRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * A merged comparison brings its exchange rates along: the ranking on screen is scored with them at
 * once, while the user stays on the Ranking tab (no tab switch, which once was the only reload).
 */
class MergedRatesRankingUITest extends AppUITest {

    @Test
    @SuppressWarnings("unchecked")
    void theRankingUsesTheMergedRatesWithoutSwitchingTabs() throws Exception {
        Path mine = dir.resolve("mine.db");
        SampleDatabase.create(mine);
        Path student = dir.resolve("student.db");
        SampleDatabase.create(student);
        Path json = dir.resolve("student.offerbench.json");
        try (Database db = Database.open(student, Clock.systemDefaultZone())) {
            // The student's file says a dollar buys half as many yuan: the lab in Hangzhou pays twice as much.
            db.rates().save(new ExchangeRate(CurrencyCode.CNY, new BigDecimal("3.58"), LocalDate.of(2026, 12, 1), "student's rate"));
            ExchangeFiles.export(db, json, ExchangeFiles.Kind.COMPARISON, "test", Clock.systemUTC());
        }
        SharingMenuUITest.QueuedPicker picker = new SharingMenuUITest.QueuedPicker();
        app.start(mine, picker);
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(1));
        TableView<RankingRow> table = app.node("#rankingTable", TableView.class);
        app.waitUntil(() -> table.getItems().size() == 5);
        BigDecimal before = hangzhou(table).orElseThrow().year1Total().amount();

        picker.answers.add(json);
        app.clickOn("File");
        app.clickOn("Import comparison\u2026");
        app.waitUntil(() -> app.lookup("Merge into my offers").tryQuery().isPresent());
        app.clickOn("Merge into my offers");
        app.waitUntil(() -> app.lookup("OK").tryQuery().isPresent());
        app.clickOn("OK");

        app.waitUntil(() -> table.getItems().size() == 10 && hangzhou(table).orElseThrow().year1Total().amount().compareTo(before) != 0);
        assertThat(app.node("#tabs", TabPane.class).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(hangzhou(table).orElseThrow().year1Total().amount()).isGreaterThan(before.multiply(new BigDecimal("1.9")));
    }

    private static Optional<OfferScore> hangzhou(TableView<RankingRow> table) {
        return table.getItems().stream().filter(r -> !r.isLeftOut()).map(RankingRow::score).filter(s -> s.offer().company().equals("Hangzhou AI Lab")).findFirst();
    }
}
