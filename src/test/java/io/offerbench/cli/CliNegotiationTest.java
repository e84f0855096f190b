package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.negotiation.Lever;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The negotiation fields of {@code score --format json} on the five sample offers, checked by acting on them. */
class CliNegotiationTest {

    @TempDir
    Path dir;
    private Path db;
    private List<Offer> offers;

    @BeforeEach
    void sample() throws Exception {
        db = dir.resolve("sample.db");
        offers = SampleDatabase.create(db);
    }

    @Test
    void theLeaderNeedsNothingAndEveryOtherOfferHasATargetOrNull() throws Exception {
        JsonNode array = score();
        JsonNode leader = array.get(0).get("to_rank_first");
        assertThat(leader.get("base_salary").decimalValue()).isZero();
        assertThat(leader.get("sign_on_bonus").decimalValue()).isZero();
        assertThat(leader.get("equity_total").decimalValue()).isZero();
        for (int i = 1; i < array.size(); i++) {
            JsonNode t = array.get(i).get("to_rank_first");
            for (String lever : List.of("base_salary", "sign_on_bonus", "equity_total")) {
                assertThat(t.has(lever)).as(lever).isTrue();
                assertThat(t.get(lever).isNull() || t.get(lever).decimalValue().signum() > 0).as(lever).isTrue();
            }
        }
    }

    /** Saving the runner-up with its base target makes it rank first; a quarter less does not. */
    @Test
    void raisingTheRunnerUpsBaseByItsTargetPutsItFirst() throws Exception {
        JsonNode runnerUp = score().get(1);
        BigDecimal target = runnerUp.get("to_rank_first").get("base_salary").decimalValue();
        Offer offer = offers.stream().filter(o -> o.company().equals(runnerUp.get("company").asText())).findFirst().orElseThrow();

        save(Lever.BASE_SALARY.raise(offer, target.multiply(new BigDecimal("0.75")).setScale(0, java.math.RoundingMode.FLOOR)));
        assertThat(score().get(0).get("company").asText()).isNotEqualTo(offer.company());
        save(Lever.BASE_SALARY.raise(offer, target));
        JsonNode after = score();
        assertThat(after.get(0).get("company").asText()).isEqualTo(offer.company());
        assertThat(after.get(0).get("to_rank_first").get("base_salary").decimalValue()).isZero();
    }

    /** rank_acceptability is a proper table: each offer's list sums to 1, and so does the rank-1 column over offers. */
    @Test
    void rankAcceptabilityIsAProperTableAndTheSameOnEveryRun() throws Exception {
        JsonNode array = score();
        BigDecimal firstColumn = BigDecimal.ZERO;
        for (JsonNode o : array) {
            JsonNode ranks = o.get("rank_acceptability");
            assertThat(ranks.size()).isEqualTo(array.size());
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode p : ranks) {
                sum = sum.add(p.decimalValue());
            }
            assertThat(sum).isEqualByComparingTo(BigDecimal.ONE);
            firstColumn = firstColumn.add(ranks.get(0).decimalValue());
        }
        assertThat(firstColumn).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(score()).isEqualTo(array);
    }

    /** Every offer but the best-paid of its kind is pointed at the student's own better offer, named as the source. */
    @Test
    void competingOfferHintsNameTheOtherOffer() throws Exception {
        JsonNode array = score();
        int fromOffers = 0;
        for (JsonNode o : array) {
            for (JsonNode h : o.get("hints")) {
                assertThat(h.has("from_offer")).isTrue();
                if (!h.get("from_offer").isNull()) {
                    fromOffers++;
                    assertThat(h.get("from_offer").asText()).isNotEqualTo(o.get("company").asText());
                    assertThat(h.get("text").asText()).contains("your offer from " + h.get("from_offer").asText());
                    assertThat(h.get("difference").decimalValue()).isPositive();
                }
            }
        }
        assertThat(fromOffers).isPositive();
    }

    /**
     * Added fields: which targets are realistic asks (at most a quarter of base), where the leader gains its
     * lead, and the weight regions the Ranking tab says in words.
     */
    @Test
    void targetsSayWhetherTheyAreRealisticAndTheLeadAndRegionsAreGiven() throws Exception {
        JsonNode array = score();
        String leader = array.get(0).get("company").asText();
        assertThat(array.get(0).get("lead_gap").isNull()).isTrue();
        for (int i = 1; i < array.size(); i++) {
            JsonNode o = array.get(i);
            Offer offer = offers.stream().filter(x -> x.company().equals(o.get("company").asText())).findFirst().orElseThrow();
            BigDecimal quarter = Lever.BASE_SALARY.current(offer).divide(BigDecimal.valueOf(4));
            JsonNode targets = o.get("to_rank_first");
            JsonNode realistic = o.get("to_rank_first_realistic");
            for (String lever : List.of("base_salary", "sign_on_bonus", "equity_total")) {
                if (targets.get(lever).isNull()) {
                    assertThat(realistic.get(lever).isNull()).as(lever).isTrue();
                } else {
                    assertThat(realistic.get(lever).asBoolean()).as("%s %s", o.get("company"), lever)
                            .isEqualTo(targets.get(lever).decimalValue().compareTo(quarter) <= 0);
                }
            }
            JsonNode gap = o.get("lead_gap");
            assertThat(gap.get("leader").asText()).startsWith(leader);
            assertThat(gap.get("points").decimalValue()).isPositive();
            assertThat(gap.get("criteria").size()).isBetween(1, 3);
            for (JsonNode region : o.get("weight_regions")) {
                assertThat(region.get("current").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                if (!region.get("from").isNull() && !region.get("to").isNull()) {
                    assertThat(region.get("from").decimalValue()).isLessThan(region.get("to").decimalValue());
                }
            }
        }
        // Under Balanced the sample's industry offers would need raises of more than a quarter of base: none is realistic.
        assertThat(array.get(1).get("to_rank_first_realistic").get("base_salary").asBoolean()).isFalse();
        assertThat(array.get(1).get("lead_gap").get("criteria").get(0).get("criterion").asText()).isEqualTo("research_freedom");
    }

    /** The weight regions in the JSON are the ones the Ranking tab puts into words, edge for edge. */
    @Test
    void weightRegionsInTheJsonAreTheRankingTabs() throws Exception {
        io.offerbench.app.ScoringInputs inputs;
        try (Database d = Database.open(db, java.time.Clock.systemDefaultZone())) {
            inputs = io.offerbench.app.ScoringInputs.load(d);
        }
        io.offerbench.scoring.Ranking ranking = inputs.rank(io.offerbench.scoring.WeightPresets.balanced());
        java.util.Map<String, List<String>> onScreen = new java.util.HashMap<>();
        for (io.offerbench.scoring.negotiation.WeightRegions.Regions r : io.offerbench.scoring.negotiation.WeightRegions.of(ranking)) {
            onScreen.put(r.offer().company(), r.regions().stream().map(g -> g.criterion().code() + " " + edge(g.from()) + " " + edge(g.to())).toList());
        }
        int regions = 0;
        for (JsonNode o : score()) {
            List<String> inJson = new java.util.ArrayList<>();
            for (JsonNode g : o.get("weight_regions")) {
                inJson.add(g.get("criterion").asText() + " " + (g.get("from").isNull() ? "-" : g.get("from").decimalValue().stripTrailingZeros().toPlainString())
                        + " " + (g.get("to").isNull() ? "-" : g.get("to").decimalValue().stripTrailingZeros().toPlainString()));
            }
            regions += inJson.size();
            assertThat(inJson).as(o.get("company").asText()).isEqualTo(onScreen.getOrDefault(o.get("company").asText(), List.of()));
        }
        assertThat(regions).isPositive();
    }

    private static String edge(BigDecimal share) {
        return share == null ? "-" : share.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Test
    void anUnknownCertaintyNamesTheChoices() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"score", "--db", db.toString(), "--format", "json", "--certainty", "maybe"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("maybe").contains("very_sure, sure, somewhat_sure, unsure");
    }

    private void save(Offer o) throws Exception {
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            database.offers().save(o);
        }
    }

    private JsonNode score() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"score", "--db", db.toString(), "--format", "json"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
