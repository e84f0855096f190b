package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerbench.app.ScoringInputs;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score command as a script or an advisor would call it: output shape, exit codes, agreement with the app. */
class CliScoreTest {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void sample() throws Exception {
        db = dir.resolve("sample.db");
        SampleDatabase.create(db);
    }

    @Test
    void jsonGivesTheMarketPositionHintsCompletenessAndValueByTenure() throws Exception {
        Result r = run("score", "--db", db.toString(), "--format", "json");
        assertThat(r.code).isZero();
        for (JsonNode o : new ObjectMapper().readTree(r.out)) {
            JsonNode market = o.get("market");
            // The documents give no typical figure: no sample offer is placed, and no position rests on a context row.
            assertThat(market.get("position").asText()).isEqualTo("no_typical_figure");
            assertThat(market.get("benchmark_ids")).isEmpty();
            assertThat(market.has("context_ids")).isTrue();
            assertThat(o.get("completeness").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            JsonNode tenure = o.get("value_by_tenure");
            assertThat(tenure.fieldNames()).toIterable().containsExactly("1", "2", "4");
            assertThat(tenure.get("4").decimalValue()).isGreaterThanOrEqualTo(tenure.get("2").decimalValue());
            for (JsonNode h : o.get("hints")) {
                assertThat(h.has("component") && h.has("text") && h.has("benchmark_ids") && h.has("target")).isTrue();
                // No sample row is typical: a target can only come from the student's own other offer.
                if (h.get("from_offer").isNull()) {
                    assertThat(h.get("target").isNull()).as("no target without a typical row: " + h).isTrue();
                } else {
                    assertThat(h.get("target").get("from_offer").asText()).isNotBlank();
                }
            }
            assertThat(o.get("market_position").asText()).isEqualTo("no_benchmark");
        }
    }

    @Test
    void jsonListsEveryOfferInRankOrderWithComponentsThatAddUpToTheTotal() throws Exception {
        Result r = run("score", "--db", db.toString(), "--format", "json");
        assertThat(r.code).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out);
        assertThat(array.size()).isEqualTo(5);
        int previousRank = 0;
        for (JsonNode o : array) {
            for (String field : List.of("company", "role", "rank", "total", "components", "year1_total", "annual_average",
                    "steady_state_annual", "currency")) {
                assertThat(o.has(field)).as(field).isTrue();
            }
            assertThat(o.get("rank").asInt()).isGreaterThanOrEqualTo(previousRank);
            previousRank = o.get("rank").asInt();
            BigDecimal sum = BigDecimal.ZERO;
            for (Iterator<JsonNode> it = o.get("components").elements(); it.hasNext();) {
                sum = sum.add(it.next().decimalValue());
            }
            assertThat(sum.subtract(o.get("total").decimalValue()).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
            assertThat(o.get("currency").asText()).isEqualTo("USD");
        }
    }

    @Test
    void commandLineAndAppScoreTheSameWay() throws Exception {
        Result r = run("--db", db.toString(), "score", "--profile", "research first", "--format", "json");
        assertThat(r.code).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out);
        Ranking app;
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            app = ScoringInputs.load(database).rank(WeightPresets.researchFirst());
        }
        for (int i = 0; i < app.scores().size(); i++) {
            OfferScore s = app.scores().get(i);
            assertThat(array.get(i).get("company").asText()).isEqualTo(s.offer().company());
            assertThat(array.get(i).get("total").decimalValue()).isEqualByComparingTo(s.total());
            assertThat(array.get(i).get("year1_total").decimalValue()).isEqualByComparingTo(s.year1Total().amount());
        }
    }

    @Test
    void csvAndTableFormatsShowEveryOffer() {
        Result csv = run("score", "--db", db.toString(), "--format", "csv");
        assertThat(csv.code).isZero();
        assertThat(csv.out.lines()).hasSize(6).first().asString().startsWith("rank,company");
        Result table = run("score", "--db", db.toString());
        assertThat(table.out).contains("Hangzhou AI Lab", "State University", "Kestrel Capital");
    }

    @Test
    void unknownProfileIsOneClearLineAndExitOne() {
        Result r = run("score", "--db", db.toString(), "--profile", "Nope");
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err.strip()).doesNotContain("\n").contains("No weight profile named 'Nope'").contains("Balanced");
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        Result badFormat = run("score", "--db", db.toString(), "--format", "xml");
        assertThat(badFormat.code).isEqualTo(2);
        assertThat(badFormat.err).contains("--format").contains("--help");
        assertThat(run("frobnicate").code).isEqualTo(2);
        assertThat(run("score", "--db").code).isEqualTo(2);
    }

    @Test
    void helpAndVersionSucceed() {
        Result help = run("--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("score", "list");
        assertThat(run("score", "--help").out).contains("--profile", "--format");
        assertThat(run("--version").out).contains("OfferBench");
    }

    @Test
    void databaseOptionBeforeOrAfterTheCommandIsTheSame() {
        assertThat(Cli.databaseOptionAfterCommand(new String[] {"--db", "x.db", "list"})).containsExactly("list", "--db", "x.db");
        assertThat(Cli.databaseOptionAfterCommand(new String[] {"--db=x.db", "list", "-h"})).containsExactly("list", "--db=x.db", "-h");
        assertThat(Cli.databaseOptionAfterCommand(new String[] {"list", "--db", "x.db"})).containsExactly("list", "--db", "x.db");
        assertThat(Cli.wantsGui(new String[] {"--db", "x.db"})).isTrue();
        assertThat(Cli.wantsGui(new String[] {})).isTrue();
        assertThat(Cli.wantsGui(new String[] {"--help"})).isFalse();
    }

    @Test
    void quitWhenReadyStillOpensTheWindowOnTheGivenDatabase() {
        String[] args = {"--db", "x.db", "--quit-when-ready"};
        assertThat(Cli.wantsGui(args)).isTrue();
        assertThat(Cli.guiDatabaseArgument(args)).contains("x.db");
        assertThat(Cli.quitWhenReady(args)).isTrue();
        assertThat(Cli.wantsGui(new String[] {"--quit-when-ready"})).isTrue();
        assertThat(Cli.quitWhenReady(new String[] {"--db", "x.db"})).isFalse();
        assertThat(Cli.wantsGui(new String[] {"--quit-when-ready", "list"})).isFalse();
        assertThat(run("--help").out).contains("--quit-when-ready");
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
