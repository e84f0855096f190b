package io.offerbench.ui.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.charts.ComparedOffers;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.exchange.money.MoneyDataset;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.text.Texts;
import io.offerbench.ui.compare.FigureRow;
import io.offerbench.ui.compare.KeyFigures;
import io.offerbench.ui.currencies.ShippedFigures;
import io.offerbench.ui.ranking.ScoreExplanation;
import java.math.BigDecimal;
import java.util.List;
import io.offerbench.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the window shows of the real-money estimates, without a window: ranking texts, compare rows, the shipped list. */
class MoneyOnScreenTest {

    private static final MoneyData DATA = MoneyDataset.bundled();

    @BeforeAll
    static void english() {
        Texts.use(Language.ENGLISH);
    }

    private static ScoringContext context(boolean costOfLiving, boolean afterTax) {
        return ScoringContext.defaults(new CurrencyTable(DATA.rates().perUsd()), List.of()).withMoney(DATA)
                .withEstimates(costOfLiving, afterTax);
    }

    private static Offer offer(String company, String city, String country, String currency, String base) {
        return Offer.builder().company(company).type(OfferType.BIG_TECH_RESEARCH).currency(CurrencyCode.of(currency))
                .location(new Location(city, country, false)).pay(Compensation.ofBase(new BigDecimal(base))).build();
    }

    @Test
    void theScorePanelShowsGrossBesideAfterTaxWithTheBreakdownAndTheBasis() {
        Ranking r = OfferScorer.rank(List.of(offer("Acme", "San Francisco", "USA", "USD", "200000")), WeightPresets.balanced(),
                context(false, true));
        List<String> lines = ScoreExplanation.money(r.scores().get(0));
        assertThat(lines).contains("Before the estimates: year 1 $200,000, average $200,000 a year, steady state $200,000 a year.");
        assertThat(lines).anyMatch(l -> l.startsWith("After tax: $131,972 in year 1 (federal $36,734; California $14,355; FICA $14,339; SDI $2,600)")
                && l.contains("San Francisco Bay Area") && l.contains("2026 (California 2025)")
                && l.contains("estimate: single filer, no other income, standard deduction"));
    }

    @Test
    void compareShowsTheGrossRowTheTaxBreakdownAndTheIndex() {
        Ranking r = OfferScorer.rank(List.of(offer("Acme", "San Francisco", "USA", "USD", "200000"),
                offer("Rainier", "Seattle", "USA", "USD", "200000")), WeightPresets.balanced(), context(true, true));
        List<FigureRow> rows = KeyFigures.of(new ComparedOffers(r.scores(), CurrencyCode.USD, "Balanced"));
        assertThat(rows).extracting(FigureRow::label).contains("Year-1 total before estimates", "Tax in year 1 (estimate)",
                "Cost-of-living index (US average = 100)");
        FigureRow living = rows.stream().filter(x -> x.label().startsWith("Cost-of-living")).findFirst().orElseThrow();
        assertThat(living.values()).containsExactlyInAnyOrder("117.55", "112.73");
    }

    @Test
    void theShippedListNamesTheBankTheTablesTheirYearsAndThePlacesLeftOut() {
        List<String> text = ShippedFigures.of(DATA).stream().map(ShippedFigures.Line::text).toList();
        assertThat(text).anyMatch(t -> t.startsWith("European Central Bank: euro reference rates of 2026-04-13, read on 2026-12-01"));
        assertThat(text).anyMatch(t -> t.equals("San Francisco Bay Area: federal 2026, California 2025, FICA 2026, SDI 2026."));
        assertThat(text).anyMatch(t -> t.startsWith("Internal Revenue Service, Rev. Proc. 2025-32"));
        assertThat(text).contains("Zurich: federal direct tax 2025, canton of Zurich 2025, city of Zurich 2025, AHV/IV/EO 2025, "
                + "unemployment insurance (ALV) 2025.");
        assertThat(text).contains("Beijing: individual income tax 2026, social insurance 2025/26, housing fund 2025/26.");
        assertThat(text).anyMatch(t -> t.startsWith("Left out: Hangzhou and Shenzhen"));
        assertThat(text).anyMatch(t -> t.startsWith("Seattle: index 112.73 (Seattle-Tacoma-Bellevue"));
        assertThat(text).anyMatch(t -> t.startsWith("New York: index 112.64 (New York-Newark-Jersey City"));
        // Switzerland's national figure says, right under it, that it understates Swiss consumer prices.
        int swiss = text.indexOf(text.stream().filter(t -> t.startsWith("Switzerland (national): index 107.54")).findFirst().orElseThrow());
        assertThat(text.subList(swiss, swiss + 6)).anyMatch(t -> t.contains("about 17% higher") && t.contains("Zurich"));
    }

    @Test
    void theScorePanelSaysTheSwissIndexUnderstatesZurichPricesWhereTheIndexShows() {
        Ranking r = OfferScorer.rank(List.of(offer("Zeta", "Zurich", "Switzerland", "CHF", "180000")), WeightPresets.balanced(),
                context(true, false));
        assertThat(ScoreExplanation.money(r.scores().get(0))).anyMatch(l -> l.startsWith("Cost of living: index 107.54 for Switzerland")
                && l.contains("about 17% higher"));
        Ranking seattle = OfferScorer.rank(List.of(offer("Rainier", "Seattle", "USA", "USD", "200000")), WeightPresets.balanced(),
                context(true, false));
        assertThat(ScoreExplanation.money(seattle.scores().get(0))).noneMatch(l -> l.contains("17%"));
    }
}
