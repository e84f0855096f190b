package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.exchange.money.MoneyDataset;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.WeightPresets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offers table flags exactly the offers the ranking leaves out for want of a rate, saying why and what to do. */
class NoRateFlagsTest {

    @Test
    void onlyTheOfferInACurrencyWithoutARateIsFlaggedWithTheCurrencyAndTheRemedy() {
        ScoringContext ctx = ScoringContext.defaults(new CurrencyTable(MoneyDataset.bundled().rates().perUsd()), List.of())
                .withMoney(MoneyDataset.bundled());
        Offer peso = Offer.builder().id(7).company("Pampa").type(OfferType.BIG_TECH_RESEARCH).currency(CurrencyCode.of("ARS"))
                .location(new Location("Buenos Aires", "Argentina", false)).pay(Compensation.ofBase(new BigDecimal("90000000"))).build();
        Offer franc = peso.toBuilder().id(8).company("Zeta").currency(CurrencyCode.of("CHF")).location(new Location("Zurich", "", false))
                .pay(Compensation.ofBase(new BigDecimal("180000"))).build();
        Map<Long, String> flags = NoRateFlags.of(OfferScorer.rank(List.of(peso, franc), WeightPresets.balanced(), ctx));
        assertThat(flags).containsOnlyKeys(7L);
        assertThat(flags.get(7L)).contains("no exchange rate for ARS").contains("Currencies & estimates");
        assertThat(NoRateFlags.of(null)).isEmpty();
    }

    @Test
    void theLatestFlagsChangeOnlyWhenANewRankingLeavesOutOtherOffers() {
        ScoringContext ctx = ScoringContext.defaults(new CurrencyTable(MoneyDataset.bundled().rates().perUsd()), List.of())
                .withMoney(MoneyDataset.bundled());
        Offer peso = Offer.builder().id(7).company("Pampa").type(OfferType.BIG_TECH_RESEARCH).currency(CurrencyCode.of("ARS"))
                .location(new Location("Buenos Aires", "Argentina", false)).pay(Compensation.ofBase(new BigDecimal("90000000"))).build();
        Offer franc = peso.toBuilder().id(8).company("Zeta").currency(CurrencyCode.of("CHF")).location(new Location("Zurich", "", false))
                .pay(Compensation.ofBase(new BigDecimal("180000"))).build();
        NoRateFlags.Latest latest = new NoRateFlags.Latest(null);
        assertThat(latest.get()).isEmpty();

        assertThat(latest.update(OfferScorer.rank(List.of(peso, franc), WeightPresets.balanced(), ctx))).as("the peso offer is left out").isTrue();
        assertThat(latest.get()).containsOnlyKeys(7L);
        Map<Long, String> shown = latest.get();
        assertThat(latest.update(OfferScorer.rank(List.of(peso, franc), WeightPresets.payFirst(), ctx))).as("another profile, same offer out")
                .isFalse();
        assertThat(latest.get()).isEqualTo(shown);
        assertThat(latest.update(OfferScorer.rank(List.of(franc), WeightPresets.balanced(), ctx))).as("no offer left out now").isTrue();
        assertThat(latest.get()).isEmpty();
    }
}
