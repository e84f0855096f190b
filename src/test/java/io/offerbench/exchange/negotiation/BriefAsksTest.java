package io.offerbench.exchange.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import io.offerbench.exchange.BenchmarkDataset;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.WeightPresets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the letter asks for from the student's own other offers: a gap a recruiter could close is asked for, one of more
 * than a quarter of the offer's base is not (it is reported under the findings as a distance); a figure converted into
 * the home currency names the exchange rate it used. And the weight regions name every offer that does not lead, also
 * one no change of weights puts first.
 */
class BriefAsksTest {

    private static final CurrencyTable RATES = new CurrencyTable(List.of(new ExchangeRate(CurrencyCode.CNY, new BigDecimal("7.16"),
            LocalDate.of(2025, 1, 1), "implied by 1.54 million yuan = just under $215,000 (Mint, 2025)")));
    private static final ScoringContext CTX = ScoringContext.defaults(RATES, BenchmarkDataset.bundled().benchmarks());
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Criteria SAME = new Criteria(40, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, ComputeAccess.GENEROUS,
            TopicFit.LLM_GENAI_CORE, 4, 4, 3, 4, 50, 30, VisaSupport.FULL).withInterest(4);

    private static Offer offer(long id, String company, CurrencyCode currency, String base) {
        return Offer.builder().id(id).company(company).roleTitle("Research Scientist").type(OfferType.BIG_TECH_RESEARCH)
                .seniority(Seniority.NEW_GRAD_PHD).location(new Location("Seattle", "USA", false)).currency(currency)
                .pay(Compensation.ofBase(new BigDecimal(base))).criteria(SAME).deadline(LocalDate.of(2027, 1, 15)).build();
    }

    private static BriefDraft brief(Ranking r, String company) {
        OfferScore self = r.scores().stream().filter(s -> s.offer().company().equals(company)).findFirst().orElseThrow();
        return NegotiationBrief.compose(self, r, CTX, TODAY);
    }

    @Test
    void aGapARecruiterCouldCloseIsAskedForAndADoublingIsNot() {
        Ranking close = OfferScorer.rank(List.of(offer(1, "Alder", CurrencyCode.USD, "220000"), offer(2, "Birch", CurrencyCode.USD, "210000")),
                WeightPresets.balanced(), CTX);
        BriefDraft small = brief(close, "Birch");
        assertThat(String.join("\n", small.asks())).contains("base salary $10,000 higher ($220,000 against $210,000)");
        assertThat(String.join("\n", small.findings())).doesNotContain("does not ask to match it");

        Ranking far = OfferScorer.rank(List.of(offer(1, "Alder", CurrencyCode.USD, "420000"), offer(2, "Birch", CurrencyCode.USD, "210000")),
                WeightPresets.balanced(), CTX);
        BriefDraft large = brief(far, "Birch");
        assertThat(String.join("\n", large.asks())).as("the letter").doesNotContain("$210,000 higher", "$420,000");
        assertThat(String.join("\n", large.findings())).contains("Alder — Research Scientist pays $210,000 more (base salary: $420,000 "
                + "against $210,000). That is more than 25% of this offer’s base salary, so the letter does not ask to match it");
        // The finding still names its source.
        assertThat(large.sources()).contains("your offer from Alder — Research Scientist");
    }

    @Test
    void aFigureConvertedToTheHomeCurrencyNamesTheRate() {
        // 1.54 million yuan is $215,084 at 7.16; the other offer pays $230,000, under a quarter more.
        Ranking r = OfferScorer.rank(List.of(offer(1, "Alder", CurrencyCode.USD, "230000"), offer(2, "Hangzhou Lab", CurrencyCode.CNY, "1540000")),
                WeightPresets.balanced(), CTX);
        BriefDraft b = brief(r, "Hangzhou Lab");
        String ask = b.asks().stream().filter(a -> a.contains("$215,084")).findFirst().orElseThrow();
        String rate = b.sources().stream().filter(s -> s.startsWith("Exchange rate: ")).findFirst().orElseThrow();
        assertThat(rate).contains("7.16 CNY per USD");
        assertThat(ask).endsWith("[" + (b.sources().indexOf(rate) + 1) + "]");
        // An offer in the home currency compared with another in it names no rate.
        Ranking usd = OfferScorer.rank(List.of(offer(1, "Alder", CurrencyCode.USD, "230000"), offer(2, "Birch", CurrencyCode.USD, "215000")),
                WeightPresets.balanced(), CTX);
        assertThat(brief(usd, "Birch").sources()).noneMatch(s -> s.startsWith("Exchange rate: "));
    }

    @Test
    void aYearOneTotalWithPrivateStockNamesTheShareItCountsItAt() {
        Offer birch = offer(2, "Birch", CurrencyCode.USD, "215000").toBuilder().equity(new io.offerbench.domain.EquityGrant(
                new BigDecimal("200000"), io.offerbench.domain.EquityType.PRIVATE_EQUITY, io.offerbench.domain.VestingSchedule.even(4, 0),
                BigDecimal.ZERO)).build();
        Ranking r = OfferScorer.rank(List.of(offer(1, "Alder", CurrencyCode.USD, "260000"), birch), WeightPresets.balanced(), CTX);
        BriefDraft b = brief(r, "Birch");
        String stock = b.sources().stream().filter(s -> s.startsWith("OfferBench: in the year-1 pay of Birch — Research Scientist, its "
                + "private stock counted at x")).findFirst().orElseThrow();
        String mark = "[" + (b.sources().indexOf(stock) + 1) + "]";
        List<String> lines = new java.util.ArrayList<>(b.asks());
        lines.addAll(b.findings());
        assertThat(lines.stream().filter(l -> l.contains("first year") || l.contains("year-1 pay"))).singleElement().asString().contains(mark);
        assertThat(lines.stream().filter(l -> l.contains("base salary") && !l.contains("year-1 pay"))).noneMatch(l -> l.contains(mark));
    }

    @Test
    void anOfferNoWeightsPutFirstIsSaidSoNotLeftOut() {
        // Cedar is Alder with less pay: equal on every other criterion, it can tie but never lead.
        Ranking r = OfferScorer.rank(List.of(offer(1, "Alder", CurrencyCode.USD, "230000"), offer(3, "Cedar", CurrencyCode.USD, "200000")),
                WeightPresets.balanced(), CTX);
        assertThat(NegotiationWords.regions(r))
                .containsExactly("No change of one weight, or of two weights together, would put Cedar — Research Scientist first.");
    }
}
