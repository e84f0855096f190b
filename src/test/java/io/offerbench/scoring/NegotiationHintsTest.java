package io.offerbench.scoring;

import static io.offerbench.scoring.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.VestingSchedule;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationHintsTest {

    private static List<NegotiationHint> hints(Offer o) {
        return OfferScorer.score(o, WeightPresets.balanced(), Fixtures.context(), PayScale.from(Fixtures.context())).hints();
    }

    @Test
    void totalBelowTheBandNamesTheFigureItsSourceAndTheGap() {
        List<NegotiationHint> h = hints(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "410000"));
        assertThat(h).hasSize(1);
        assertThat(io.offerbench.text.HintWords.text(h.get(0))).isEqualTo("Year-1 total $410,000 is 18% below the figure $500,000–$600,000 (my lab mates,"
                + " 2025, id mine-frontier-newgrad), the low end of the market band; ask for a higher base, a larger"
                + " equity grant or a sign-on bonus to close the $90,000 gap.");
        assertThat(h.get(0).benchmarkIds()).containsExactly("mine-frontier-newgrad");
    }

    @Test
    void noHintWhenWithinTheBand() {
        assertThat(hints(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "550000"))).isEmpty();
        assertThat(hints(Fixtures.chinaLab())).isEmpty();
    }

    @Test
    void missingSignOnWhenTypicalFiguresShowSignOns() {
        Offer senior = Fixtures.usdOffer("Meta", OfferType.BIG_TECH_RESEARCH, "1000000").toBuilder().seniority(Seniority.SENIOR_STAFF).build();
        List<NegotiationHint> h = hints(senior);
        assertThat(h).extracting(io.offerbench.text.HintWords::text).anyMatch(t -> t.startsWith("This offer has no sign-on bonus")
                && t.contains("$100,000–$300,000 (my network, 2025, id mine-senior-signon)"));
        assertThat(h).flatExtracting(NegotiationHint::benchmarkIds).doesNotContain("mint-2025-meta-signon");
    }

    @Test
    void aOneOffOrTopOfMarketRowNeverGivesAHint() {
        Offer senior = Fixtures.usdOffer("Meta", OfferType.BIG_TECH_RESEARCH, "1000000").toBuilder().seniority(Seniority.SENIOR_STAFF)
                .pay(new Compensation(bd("1000000"), null, null, bd("1000000"), 1, null)).build();
        ScoringContext documentsOnly = ScoringContext.defaults(Fixtures.CURRENCIES, List.of(Fixtures.NEW_GRAD_RANGE, Fixtures.NEW_GRAD_BEST,
                Fixtures.SEMAFOR_UPWARDS, Fixtures.DEEPSEEK, Fixtures.META_SIGN_ON));
        for (Offer o : List.of(senior, Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "300000"), Fixtures.chinaLab())) {
            assertThat(OfferScorer.score(o, WeightPresets.balanced(), documentsOnly, PayScale.from(documentsOnly)).hints()).isEmpty();
        }
    }

    @Test
    void illiquidPrivateEquityAsksForBaseOrLiquidityTerms() {
        Offer o = Fixtures.usdOffer("Startup", OfferType.AI_STARTUP, "250000").toBuilder()
                .equity(new EquityGrant(bd("400000"), EquityType.PRIVATE_EQUITY, VestingSchedule.even(4, 12), null)).build();
        List<NegotiationHint> h = hints(o);
        assertThat(h).extracting(io.offerbench.text.HintWords::text).anyMatch(t -> t.startsWith("The $400,000 equity grant is private stock, counted here at x0.5 (Base scenario")
                && t.contains("Databricks raised $10 billion") && t.contains("Ask for more base"));
    }

    @Test
    void aPostdocGetsNoGapFromABandDerivedFromTopOfMarketFiguresAndAnOldRatio() {
        Offer postdoc = Fixtures.usdOffer("Uni", OfferType.ACADEMIA_POSTDOC, "70000").toBuilder()
                .pay(new Compensation(bd("70000"), null, null, null, 1, null)).build();
        assertThat(hints(postdoc)).isEmpty();
    }
}
