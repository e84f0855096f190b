package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's real-money output: after-tax and cost-of-living fields, the taxes listing, missing rates. */
class CliMoneyTest {

    @TempDir
    Path dir;

    private Path database(Offer... offers) throws Exception {
        Path file = dir.resolve("money.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            DatasetInstaller.install(db);
            db.offers().saveAll(List.of(offers));
        }
        return file;
    }

    private static Offer offer(String company, String city, String country, String currency, String base) {
        return Offer.builder().company(company).type(OfferType.BIG_TECH_RESEARCH).currency(CurrencyCode.of(currency))
                .location(new Location(city, country, false)).pay(Compensation.ofBase(new BigDecimal(base))).build();
    }

    @Test
    void bothEstimatesAreLeftOffForEveryOfferWhenOnePlaceHasNoFigureAndTheCommandLineSaysWhich() throws Exception {
        Path db = database(offer("Acme", "San Francisco", "United States", "USD", "200000"),
                offer("Rainier", "Seattle", "United States", "USD", "200000"),
                offer("Thames", "London", "United Kingdom", "GBP", "110000"), offer("Tagus", "Lisbon", "Portugal", "EUR", "90000"));
        Result r = run("score", "--db", db.toString(), "--format", "json", "--after-tax", "--cost-of-living");
        assertThat(r.code).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out);
        JsonNode acme = find(array, "Acme");
        assertThat(acme.get("after_tax").isNull()).isTrue();
        assertThat(r.err).contains("After tax was asked for but is left off for every offer");
        // Lisbon has no shipped tax table or index, so both estimates are left off for all four, and said so.
        assertThat(acme.get("cost_of_living").isNull()).isTrue();
        assertThat(r.err).contains("Cost of living was asked for but is left off for every offer").contains("Tagus (Lisbon, Portugal)");
    }

    @Test
    void theFivePlacesOfTheIssueGetAfterTaxAndCostOfLivingAndTheWindowsFigures() throws Exception {
        Path db = database(offer("Acme", "San Francisco", "United States", "USD", "200000"),
                offer("Rainier", "Seattle", "United States", "USD", "200000"), offer("Thames", "London", "United Kingdom", "GBP", "110000"),
                offer("Zeta", "Zurich", "Switzerland", "CHF", "180000"), offer("Jing", "Beijing", "China", "CNY", "800000"));
        Result r = run("score", "--db", db.toString(), "--format", "json", "--after-tax", "--cost-of-living");
        assertThat(r.code).isZero();
        assertThat(r.err).isEmpty();
        JsonNode array = new ObjectMapper().readTree(r.out);
        assertThat(array).hasSize(5).allSatisfy(o -> {
            assertThat(o.get("after_tax").get("source").asText()).isNotBlank();
            assertThat(o.get("cost_of_living").get("year").asText()).isEqualTo("2023");
        });
        assertThat(find(array, "Zeta").get("after_tax").get("parts").has("zurich_city")).isTrue();
        assertThat(find(array, "Jing").get("after_tax").get("parts").has("housing_fund")).isTrue();
        assertThat(find(array, "Jing").get("cost_of_living").get("source").asText()).contains("World Bank");
        // The window scores from the same inputs: its year-1 figures are the command line's.
        io.offerbench.app.ScoringInputs inputs;
        try (Database open = Database.open(db, Clock.systemDefaultZone())) {
            inputs = io.offerbench.app.ScoringInputs.load(open).withEstimates(true, true);
        }
        for (io.offerbench.scoring.OfferScore s : inputs.rank(inputs.activeProfile()).scores()) {
            assertThat(find(array, s.offer().company()).get("cost_of_living").get("year1_total").decimalValue())
                    .isEqualByComparingTo(s.year1Total().amount());
        }
        // The table heads its year-1 column as the window does and shows the same figure in each offer's row.
        String table = run("score", "--db", db.toString(), "--after-tax", "--cost-of-living").out;
        assertThat(table.lines().findFirst().orElseThrow()).contains("YEAR 1 AFTER TAX, COST OF LIVING");
        for (JsonNode o : array) {
            String figure = String.format(java.util.Locale.ROOT, "$%,d", o.get("cost_of_living").get("year1_total").decimalValue()
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
            assertThat(table.lines().filter(l -> l.contains(o.get("company").asText())).findFirst().orElseThrow()).contains(figure);
        }
        assertThat(run("score", "--db", db.toString(), "--no-after-tax", "--no-cost-of-living").out.lines().findFirst().orElseThrow())
                .contains("YEAR 1").doesNotContain("AFTER TAX");
    }

    @Test
    void aNewYorkOfferGetsStateCityAndFederalTaxAndNewYorksPriceLevel() throws Exception {
        Path db = database(offer("Hudson", "New York", "United States", "USD", "200000"),
                offer("Acme", "San Francisco", "United States", "USD", "200000"));
        Result r = run("score", "--db", db.toString(), "--format", "json", "--after-tax", "--cost-of-living");
        assertThat(r.err).isEmpty();
        JsonNode hudson = find(new ObjectMapper().readTree(r.out), "Hudson");
        JsonNode parts = hudson.get("after_tax").get("parts");
        assertThat(parts.has("federal")).isTrue();
        assertThat(parts.has("fica")).isTrue();
        // New York State 2025 on $200,000 of wages with the recapture: $11,519.75 (PolicyEngine's published amount).
        assertThat(parts.get("new_york").decimalValue().doubleValue()).isCloseTo(11519.75, org.assertj.core.api.Assertions.within(1.0));
        assertThat(parts.get("new_york_city").decimalValue().doubleValue()).isCloseTo(1813.17 + 142000 * 0.03876,
                org.assertj.core.api.Assertions.within(1.0));
        assertThat(hudson.get("after_tax").get("place").asText()).isEqualTo("New York");
        assertThat(hudson.get("cost_of_living").get("index").decimalValue()).isEqualByComparingTo("112.64");
        assertThat(run("taxes", "--place", "New York").out).contains("ny-income-tax", "nyc-income-tax", "2025");
        JsonNode ny = new ObjectMapper().readTree(run("taxes", "--place", "New York", "--format", "json").out);
        JsonNode recapture = ny.get("tables").findValue("recapture");
        assertThat(recapture.get("from_income").decimalValue()).isEqualByComparingTo("107650");
        assertThat(recapture.get("steps")).hasSize(4);
    }

    @Test
    void scoreAfterTaxGivesEachPartOfTheBreakdown() throws Exception {
        Path db = database(offer("Acme", "San Francisco", "United States", "USD", "200000"),
                offer("Rainier", "Seattle", "United States", "USD", "200000"), offer("Thames", "London", "United Kingdom", "GBP", "110000"));
        Result r = run("score", "--db", db.toString(), "--format", "json", "--after-tax");
        JsonNode array = new ObjectMapper().readTree(r.out);
        JsonNode acme = find(array, "Acme");
        JsonNode tax = acme.get("after_tax");
        assertThat(tax.get("year1_total").decimalValue()).isEqualByComparingTo("131972.02");
        assertThat(tax.get("currency").asText()).isEqualTo("USD");
        assertThat(tax.get("place").asText()).isEqualTo("San Francisco Bay Area");
        assertThat(tax.get("source").asText()).contains("Internal Revenue Service").contains("Franchise Tax Board");
        assertThat(tax.get("year").asText()).contains("california 2025").contains("federal 2026");
        assertThat(tax.get("parts").get("federal").decimalValue()).isEqualByComparingTo("36734");
        assertThat(tax.get("parts").get("sdi").decimalValue()).isEqualByComparingTo("2600");
        assertThat(find(array, "Thames").get("after_tax").get("parts").has("national_insurance")).isTrue();
    }

    @Test
    void costOfLivingAppliesWhenEveryPlaceHasAnIndex() throws Exception {
        Path db = database(offer("Acme", "San Francisco", "United States", "USD", "200000"),
                offer("Rainier", "Seattle", "United States", "USD", "200000"));
        Result r = run("score", "--db", db.toString(), "--format", "json", "--cost-of-living");
        JsonNode col = find(new ObjectMapper().readTree(r.out), "Rainier").get("cost_of_living");
        assertThat(col.get("index").decimalValue()).isEqualByComparingTo("112.73");
        assertThat(col.get("year").asText()).isEqualTo("2023");
        assertThat(col.get("source").asText()).contains("Bureau of Economic Analysis");
        assertThat(col.get("year1_total").decimalValue()).isEqualByComparingTo("177415.06");
        assertThat(r.err).isEmpty();
    }

    @Test
    void anOfferInACurrencyWithoutAnyRateIsLeftOutAndSaidSoWhileTheOthersRank() throws Exception {
        Path db = database(offer("Acme", "San Francisco", "United States", "USD", "200000"),
                offer("Pampa", "Buenos Aires", "Argentina", "ARS", "90000000"));
        Result r = run("score", "--db", db.toString(), "--format", "json");
        assertThat(r.code).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out);
        // The ranked offer first; the one left out last, with no rank or score and the reason.
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0).get("company").asText()).isEqualTo("Acme");
        assertThat(array.get(0).get("left_out").asBoolean()).isFalse();
        JsonNode pampa = array.get(1);
        assertThat(pampa.get("company").asText()).isEqualTo("Pampa");
        assertThat(pampa.get("left_out").asBoolean()).isTrue();
        assertThat(pampa.get("rank").isNull()).isTrue();
        assertThat(pampa.get("total").isNull()).isTrue();
        assertThat(pampa.get("left_out_reason").asText()).isEqualTo("no_exchange_rate");
        assertThat(pampa.get("left_out_note").asText()).contains("no exchange rate for ARS");
        assertThat(r.err).contains("Pampa is left out of the ranking: there is no exchange rate for ARS");
        Result table = run("score", "--db", db.toString());
        assertThat(table.out.lines().filter(l -> l.contains("Pampa"))).singleElement().asString()
                .contains("left out of the ranking: no exchange rate for ARS");
        assertThat(table.out.lines().filter(l -> l.contains("Acme"))).singleElement().asString().doesNotContain("left out");
    }

    @Test
    void anOfferWhosePlaceHasNoTableSaysSoInItsOwnRowAndItsJson() throws Exception {
        Path db = database(offer("Acme", "San Francisco", "United States", "USD", "200000"),
                offer("Tagus", "Lisbon", "Portugal", "EUR", "90000"));
        Result r = run("score", "--db", db.toString(), "--after-tax", "--cost-of-living");
        assertThat(r.out.lines().filter(l -> l.contains("Tagus"))).singleElement().asString()
                .contains("no tax table for Lisbon, Portugal, so after tax is off for every offer")
                .contains("no cost-of-living index for Lisbon, Portugal");
        assertThat(r.out.lines().filter(l -> l.contains("Acme"))).singleElement().asString().doesNotContain("no tax table");
        JsonNode array = new ObjectMapper().readTree(run("score", "--db", db.toString(), "--format", "json", "--after-tax").out);
        assertThat(find(array, "Tagus").get("estimate_notes").get(0).asText()).contains("no tax table for Lisbon, Portugal");
        assertThat(find(array, "Acme").has("estimate_notes")).isFalse();
    }

    @Test
    void taxesListsEveryTableWithSourceYearAndTheLeftOutPlaces() throws Exception {
        Result r = run("taxes");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("us-federal-income-tax", "2026", "Rev. Proc. 2025-32", "2026-12-01", "ca-income-tax", "2025",
                "Zurich", "zh-city-income-tax", "Beijing", "cn-beijing-housing-fund", "Hangzhou");
        Result json = run("taxes", "--place", "Seattle", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.out);
        assertThat(root.get("places")).hasSize(1);
        assertThat(root.get("tables")).extracting(t -> t.get("id").asText()).containsExactly("us-federal-income-tax", "us-fica");
        JsonNode zurich = new ObjectMapper().readTree(run("taxes", "--place", "Zurich", "--format", "json").out);
        assertThat(zurich.get("tables")).extracting(t -> t.get("id").asText()).containsExactly("ch-federal-direct-tax",
                "zh-canton-income-tax", "zh-city-income-tax", "ch-ahv-iv-eo", "ch-alv");
        assertThat(run("taxes", "--place", "Hangzhou").out).contains("not found in two");
        String zurichTable = run("taxes", "--place", "Zurich").out;
        assertThat(zurichTable).contains("107.54");
        assertThat(column(zurichTable, "PRICE INDEX", "NOT INCLUDED / NOTES")).contains("about 17% higher");
        assertThat(run("taxes", "--place", "Boston").out).contains("110.39").contains("Boston-Cambridge-Newton");
        assertThat(run("taxes", "--place", "Atlantis").code).isEqualTo(1);
    }

    @Test
    void theTaxesTableFitsA120ColumnTerminalAndWrapsItsLongCellsWithoutLosingAWord() throws Exception {
        String table = run("taxes").out;
        for (String line : table.split("\\R")) {
            assertThat(io.offerbench.text.DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(120);
        }
        // The Shanghai housing fund's source, wrapped over several lines of its column, reads as it is in the data.
        JsonNode json = new ObjectMapper().readTree(run("taxes", "--format", "json").out);
        String title = null;
        for (JsonNode t : json.get("tables")) {
            if (t.get("id").asText().equals("cn-shanghai-housing-fund")) {
                title = t.get("sources").get(0).get("title").asText();
            }
        }
        assertThat(title).contains("沪公积金管委会〔2025〕8号").hasSizeGreaterThan(200);
        assertThat(column(table, "TAX YEAR", "SOURCE").replace(" ", "")).contains(title.replace(" ", ""));
        // Every left-out place's reason is there, word for word, in the WHY column.
        assertThat(column(table, "LEFT OUT", "WHY")).contains("not found in two agreeing publications");
    }

    /**
     * The text of one column of the table whose header line contains {@code tableHeader}: each line's part from
     * where the column's header starts, joined with spaces (a line broken after '-' or '/' is joined without one).
     */
    private static String column(String out, String tableHeader, String columnHeader) {
        String[] lines = out.split("\\R");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains(tableHeader) || !lines[i].contains(columnHeader)) {
                continue;
            }
            int at = io.offerbench.text.DisplayWidth.of(lines[i].substring(0, lines[i].indexOf(columnHeader)));
            for (int j = i + 1; j < lines.length && !lines[j].isBlank(); j++) {
                String part = fromColumn(lines[j], at).strip();
                if (!part.isEmpty()) {
                    boolean joined = text.length() > 0 && (text.charAt(text.length() - 1) == '-' || text.charAt(text.length() - 1) == '/');
                    text.append(text.length() == 0 || joined ? "" : " ").append(part);
                }
            }
            return text.toString();
        }
        throw new AssertionError("no table headed " + tableHeader + " / " + columnHeader + " in\n" + out);
    }

    /** The rest of a line from display column {@code at} (a Chinese character takes two). */
    private static String fromColumn(String line, int at) {
        int used = 0;
        int i = 0;
        while (i < line.length() && used < at) {
            int cp = line.codePointAt(i);
            used += io.offerbench.text.DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        return line.substring(i);
    }

    private static JsonNode find(JsonNode array, String company) {
        for (JsonNode o : array) {
            if (o.get("company").asText().equals(company)) {
                return o;
            }
        }
        throw new AssertionError("no " + company + " in " + array);
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
