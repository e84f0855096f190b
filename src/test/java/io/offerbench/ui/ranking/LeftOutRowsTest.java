package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.exchange.money.MoneyDataset;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.WeightPresets;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An offer whose currency has no exchange rate is a row of its own at the end of the ranking, with the reason. */
class LeftOutRowsTest {

    private static Offer offer(long id, String company, String city, String currency, String base) {
        return Offer.builder().id(id).company(company).type(OfferType.BIG_TECH_RESEARCH).currency(CurrencyCode.of(currency))
                .location(new Location(city, "", false)).pay(Compensation.ofBase(new BigDecimal(base))).build();
    }

    @Test
    void theRankedOffersComeFirstAndTheOfferWithoutARateIsTheLastRowWithItsReason() {
        ScoringContext ctx = ScoringContext.defaults(new CurrencyTable(MoneyDataset.bundled().rates().perUsd()), List.of())
                .withMoney(MoneyDataset.bundled());
        Ranking r = OfferScorer.rank(List.of(offer(1, "Pampa", "Buenos Aires", "ARS", "90000000"),
                offer(2, "Acme", "San Francisco", "USD", "200000"), offer(3, "Thames", "London", "GBP", "110000")),
                WeightPresets.balanced(), ctx);
        List<RankingRow> rows = RankingViewModel.tableRows(r, null);
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(0, 2)).allSatisfy(row -> assertThat(row.isLeftOut()).isFalse());
        RankingRow last = rows.get(2);
        assertThat(last.isLeftOut()).isTrue();
        assertThat(last.score()).isNull();
        assertThat(RankingViewModel.leftOutLabel(last.leftOut())).startsWith("Pampa").contains("left out of the ranking")
                .contains("no exchange rate for ARS");
    }

    @Test
    void costOfLivingAppliesToAustinAndPittsburghNowAndTheNoteNamesThePlaceThatLacksAnIndex() {
        ScoringContext base = ScoringContext.defaults(new CurrencyTable(MoneyDataset.bundled().rates().perUsd()), List.of())
                .withMoney(MoneyDataset.bundled());
        List<Offer> shipped = List.of(offer(1, "Acme", "San Francisco", "USD", "200000"), offer(2, "Longhorn", "Austin", "USD", "180000"),
                offer(3, "Steel", "Pittsburgh", "USD", "170000"), offer(4, "Thames", "London", "GBP", "110000"));
        Ranking all = OfferScorer.rank(shipped, WeightPresets.balanced(), base.withLocationAdjustments(true, false, List.of()));
        assertThat(all.estimates().costOfLivingApplied()).isTrue();
        assertThat(RankingViewModel.estimatesNote(all)).isEmpty();

        List<Offer> withLisbon = new java.util.ArrayList<>(shipped);
        withLisbon.add(offer(5, "Tagus", "Lisbon", "EUR", "90000"));
        Ranking off = OfferScorer.rank(withLisbon, WeightPresets.balanced(), base.withLocationAdjustments(true, false, List.of()));
        assertThat(off.estimates().costOfLivingApplied()).isFalse();
        assertThat(RankingViewModel.estimatesNote(off)).startsWith("Cost of living is off for this ranking: no index for Tagus")
                .contains("(Lisbon)").doesNotContain("Austin", "Pittsburgh");
    }
}
