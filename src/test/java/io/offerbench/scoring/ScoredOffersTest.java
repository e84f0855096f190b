package io.offerbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two-step pipeline: per-offer scores kept across edits and weight changes, rankings as from scratch. */
class ScoredOffersTest {

    private static final List<Offer> OFFERS = List.of(Fixtures.frontierLab().toBuilder().id(1).build(),
            Fixtures.university().toBuilder().id(2).build(), Fixtures.chinaLab().toBuilder().id(3).build());

    @Test
    void rankingFromKeptScoresIsTheRankingFromScratchUnderEveryProfile() {
        ScoredOffers scored = OfferScorer.scoreAll(OFFERS, Fixtures.context());
        for (WeightProfile w : WeightPresets.all()) {
            assertThat(OfferScorer.rank(scored, w)).isEqualTo(OfferScorer.rank(OFFERS, w, Fixtures.context()));
        }
    }

    @Test
    void anEditRescoresOnlyTheEditedOfferAndRanksAsFromScratch() {
        ScoredOffers before = OfferScorer.scoreAll(OFFERS, Fixtures.context());
        List<Offer> edited = new ArrayList<>(OFFERS);
        Offer university = OFFERS.get(1);
        edited.set(1, university.toBuilder().notes("Start-up package confirmed in writing").criteria(OFFERS.get(0).criteria()).build());

        ScoredOffers after = before.updatedFor(edited, Fixtures.context());

        assertThat(after.rescored()).isEqualTo(1);
        assertThat(after.offers().get(0)).isSameAs(before.offers().get(0));
        assertThat(after.offers().get(2)).isSameAs(before.offers().get(2));
        assertThat(OfferScorer.rank(after, WeightPresets.balanced()))
                .isEqualTo(OfferScorer.rank(edited, WeightPresets.balanced(), Fixtures.context()));
    }

    @Test
    void unchangedOffersRescoreNothingAndRemovedOrAddedOffersFollowTheList() {
        ScoredOffers before = OfferScorer.scoreAll(OFFERS, Fixtures.context());
        assertThat(before.updatedFor(OFFERS, Fixtures.context()).rescored()).isZero();

        Offer added = Fixtures.usdOffer("Quant Co", io.offerbench.domain.OfferType.QUANT_FIRM, "350000").toBuilder().id(4).build();
        List<Offer> now = List.of(OFFERS.get(2), added);
        ScoredOffers after = before.updatedFor(now, Fixtures.context());
        assertThat(after.rescored()).isEqualTo(1);
        assertThat(after.offers()).extracting(s -> s.offer().id()).containsExactly(3L, 4L);
    }

    @Test
    void anotherContextScoresEveryOfferAgain() {
        ScoredOffers before = OfferScorer.scoreAll(OFFERS, Fixtures.context());
        ScoringContext inYuan = Fixtures.context().withHomeCurrency(CurrencyCode.CNY);
        ScoredOffers after = before.updatedFor(OFFERS, inYuan);
        assertThat(after.rescored()).isEqualTo(OFFERS.size());
        assertThat(OfferScorer.rank(after, WeightPresets.balanced()))
                .isEqualTo(OfferScorer.rank(OFFERS, WeightPresets.balanced(), inYuan));
    }
}
