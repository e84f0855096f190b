package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * An offer in a currency with no exchange rate is not silently missing: the ranking's last row names it
 * with the reason while the others rank, and the offers table marks its salary.
 */
class LeftOutOfferUITest extends AppUITest {

    @Test
    @SuppressWarnings("unchecked")
    void theOfferWithoutARateIsTheRankingsLastRowWithTheReasonAndIsFlaggedInTheOffersTable() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            database.offers().saveAll(List.of(Offer.builder().company("Pampa Labs").type(OfferType.BIG_TECH_RESEARCH)
                    .currency(CurrencyCode.of("ARS")).location(new Location("Buenos Aires", "Argentina", false))
                    .pay(Compensation.ofBase(new BigDecimal("90000000"))).build()));
        }
        app.start(db);
        TableView<Offer> offers = app.node("#table", TableView.class);
        app.waitUntil(() -> offers.getItems().size() == 6
                && !offers.lookupAll(".no-rate").isEmpty());
        assertThat(offers.lookupAll(".no-rate")).hasSize(1);

        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(1));
        TableView<RankingRow> ranking = app.node("#rankingTable", TableView.class);
        app.waitUntil(() -> ranking.getItems().size() == 6);
        assertThat(ranking.getItems().subList(0, 5)).allSatisfy(r -> assertThat(r.isLeftOut()).isFalse());
        RankingRow last = ranking.getItems().get(5);
        assertThat(last.isLeftOut()).isTrue();
        assertThat(RankingViewModel.leftOutLabel(last.leftOut())).contains("Pampa Labs").contains("no exchange rate for ARS");
    }
}
