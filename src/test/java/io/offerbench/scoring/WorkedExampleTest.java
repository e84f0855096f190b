package io.offerbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked example in docs/scoring.md, recomputed: every figure asserted here must also appear in the
 * document, so neither the code nor the document can drift alone.
 */
class WorkedExampleTest {

    private static String doc;
    private static Ranking balanced;

    @BeforeAll
    static void load() throws IOException {
        doc = Files.readString(Path.of("docs", "scoring.md"));
        balanced = OfferScorer.rank(List.of(Fixtures.frontierLab(), Fixtures.university(), Fixtures.chinaLab()),
                WeightPresets.balanced(), Fixtures.context());
    }

    private static void inDoc(String... fragments) {
        for (String f : fragments) {
            assertThat(doc).as("docs/scoring.md mentions " + f).contains(f);
        }
    }

    private static OfferScore byCompany(String company) {
        return balanced.scores().stream().filter(s -> s.offer().company().equals(company)).findFirst().orElseThrow();
    }

    @Test
    void frontierLabFigures() {
        OfferScore s = byCompany("Frontier Lab A");
        assertThat(s.year1Total()).isEqualTo(Money.of("480000", "USD"));
        assertThat(s.annualAverage()).isEqualTo(Money.of("455000", "USD"));
        assertThat(s.steadyStateAnnual()).isEqualTo(Money.of("330000", "USD"));
        assertThat(s.pay().cumulativeTotal(5)).isEqualTo(Money.of("2170000", "USD"));
        assertThat(s.rawScores().get(io.offerbench.domain.Criterion.PAY)).isEqualByComparingTo("77.94");
        assertThat(s.total()).isEqualByComparingTo("71.87");
        assertThat(s.rank()).isEqualTo(1);
        inDoc("$480,000", "$455,000", "$330,000", "$2,170,000", "77.94", "71.87",
                "Year-1 total $480,000 is 4% below the $500,000–$600,000 figure (Interconnects, 2023-10-11, id lambert-2023-newgrad-range)");
    }

    @Test
    void universityFigures() {
        OfferScore s = byCompany("State University");
        assertThat(s.year1Total()).isEqualTo(Money.of("183333.33", "USD"));
        assertThat(s.market().verdict()).isEqualTo(MarketPosition.Verdict.NO_BENCHMARK);
        assertThat(s.rawScores().get(io.offerbench.domain.Criterion.PAY)).isEqualByComparingTo("45.86");
        assertThat(s.rawScores().get(io.offerbench.domain.Criterion.COMPUTE)).isEqualByComparingTo("50");
        assertThat(s.total()).isEqualByComparingTo("71.22");
        assertThat(s.rank()).isEqualTo(2);
        inDoc("$183,333", "45.86", "71.22");
    }

    @Test
    void chinaLabFigures() {
        OfferScore s = byCompany("Hangzhou AI Lab");
        assertThat(s.year1Total()).isEqualTo(Money.of("215083.80", "USD"));
        assertThat(s.rawScores().get(io.offerbench.domain.Criterion.PAY)).isEqualByComparingTo("51.50");
        assertThat(s.total()).isEqualByComparingTo("68.13");
        assertThat(s.rank()).isEqualTo(3);
        inDoc("$215,083.80", "1 CNY = 0.139665 USD", "51.50", "68.13");
    }

    @Test
    void rankingCaveats() {
        assertThat(balanced.closeCall()).isTrue();
        assertThat(balanced.sensitivity().sentence()).isEqualTo(
                "If product closeness weighed 1 point less (4 instead of 5), State University — Assistant Professor would rank first.");
        assertThat(balanced.payScale().floor()).isEqualTo(Money.of("50000", "USD"));
        inDoc(balanced.sensitivity().sentence(), "$50,000", "$850,000");
        Ranking research = OfferScorer.rank(List.of(Fixtures.frontierLab(), Fixtures.university(), Fixtures.chinaLab()),
                WeightPresets.researchFirst(), Fixtures.context());
        assertThat(research.scores()).extracting(OfferScore::total).extracting(t -> t.toPlainString()).containsExactly("77.59", "70.07", "65.92");
        Ranking pay = OfferScorer.rank(List.of(Fixtures.frontierLab(), Fixtures.university(), Fixtures.chinaLab()),
                WeightPresets.payFirst(), Fixtures.context());
        assertThat(pay.scores()).extracting(OfferScore::total).extracting(t -> t.toPlainString()).containsExactly("74.96", "64.17", "63.54");
        inDoc("77.59", "70.07", "65.92", "74.96", "64.17", "63.54");
    }
}
