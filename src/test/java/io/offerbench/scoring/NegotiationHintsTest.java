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
        assertThat(h.get(0).text()).isEqualTo("Year-1 total $410,000 is 18% below the $500,000–$600,000 figure (Interconnects,"
                + " 2023-10-11, id lambert-2023-newgrad-range), the low end of the market band; ask for a higher base, a larger"
                + " equity grant or a sign-on bonus to close the $90,000 gap.");
        assertThat(h.get(0).benchmarkIds()).contains("lambert-2023-newgrad-range");
    }

    @Test
    void noHintWhenWithinTheBand() {
        assertThat(hints(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "550000"))).isEmpty();
        assertThat(hints(Fixtures.chinaLab())).isEmpty();
    }

    @Test
    void missingSignOnWhenBenchmarksShowSignOns() {
        Offer senior = Fixtures.usdOffer("Meta", OfferType.BIG_TECH_RESEARCH, "1000000").toBuilder().seniority(Seniority.SENIOR_STAFF).build();
        List<NegotiationHint> h = hints(senior);
        assertThat(h).extracting(NegotiationHint::text).anyMatch(t -> t.startsWith("This offer has no sign-on bonus")
                && t.contains("$100,000,000 (Bloomberg Opinion (Mint), 2025, id mint-2025-meta-signon)"));
    }

    @Test
    void illiquidPrivateEquityAsksForBaseOrLiquidityTerms() {
        Offer o = Fixtures.usdOffer("Startup", OfferType.AI_STARTUP, "250000").toBuilder()
                .equity(new EquityGrant(bd("400000"), EquityType.PRIVATE_EQUITY, VestingSchedule.even(4, 12), null)).build();
        List<NegotiationHint> h = hints(o);
        assertThat(h).extracting(NegotiationHint::text).anyMatch(t -> t.startsWith("The $400,000 equity grant is private stock, counted here at x0.5 (base scenario")
                && t.contains("Databricks raised $10 billion") && t.contains("Ask for more base"));
    }

    @Test
    void academicBelowDerivedBandAsksForSalaryNotEquity() {
        Offer postdoc = Fixtures.usdOffer("Uni", OfferType.ACADEMIA_POSTDOC, "70000").toBuilder()
                .pay(new Compensation(bd("70000"), null, null, null, 1, null)).build();
        List<NegotiationHint> h = hints(postdoc);
        assertThat(h).hasSize(1);
        assertThat(h.get(0).text()).startsWith("Annual salary $70,000 is 30% below the derived academic band $100,000–$425,000")
                .contains("cho-2024-pay-ratio").contains("9-month salary");
    }
}
