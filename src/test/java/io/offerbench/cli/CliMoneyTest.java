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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's real-money output: after-tax and cost-of-living fields, the taxes listing, missing rates. */
class CliMoneyTest {

    @TempDir
    Path dir;

    private Path database(Offer... offers) throws Exception {
        Path file = dir.resolve("money.db");
        try (Database db = Database.open(file)) {
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
    void scoreAfterTaxGivesTheBreakdownWithItsPlaceSourceAndYear() throws Exception {
        Path db = database(offer("Acme", "San Francisco", "United States", "USD", "200000"),
                offer("Rainier", "Seattle", "United States", "USD", "200000"),
                offer("Thames", "London", "United Kingdom", "GBP", "110000"));
        Result r = run("score", "--db", db.toString(), "--format", "json", "--after-tax", "--cost-of-living");
        assertThat(r.code).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out);
        JsonNode acme = find(array, "Acme");
        JsonNode tax = acme.get("after_tax");
        assertThat(tax.get("year1_total").decimalValue()).isEqualByComparingTo("131848.86");
        assertThat(tax.get("currency").asText()).isEqualTo("USD");
        assertThat(tax.get("place").asText()).isEqualTo("San Francisco Bay Area");
        assertThat(tax.get("source").asText()).contains("Internal Revenue Service").contains("Franchise Tax Board");
        assertThat(tax.get("year").asText()).contains("california 2024").contains("federal 2026");
        assertThat(tax.get("parts").get("federal").decimalValue()).isEqualByComparingTo("36734");
        assertThat(tax.get("parts").get("sdi").decimalValue()).isEqualByComparingTo("2600");
        // London has no shipped cost-of-living index, so that estimate is left off for all three, and said so.
        assertThat(acme.get("cost_of_living").isNull()).isTrue();
        assertThat(r.err).contains("Cost of living was asked for but is left off for every offer").contains("Thames (London, United Kingdom)");
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
        assertThat(array.size()).isEqualTo(1);
        assertThat(r.err).contains("Pampa is left out of the ranking: there is no exchange rate for ARS");
    }

    @Test
    void taxesListsEveryTableWithSourceYearAndTheLeftOutPlaces() throws Exception {
        Result r = run("taxes");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("us-federal-income-tax", "2026", "Rev. Proc. 2025-32", "2026-12-01", "ca-income-tax", "2024",
                "Zurich", "zh-city-income-tax", "Beijing", "cn-beijing-housing-fund", "Hangzhou");
        Result json = run("taxes", "--place", "Seattle", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.out);
        assertThat(root.get("places")).hasSize(1);
        assertThat(root.get("tables")).extracting(t -> t.get("id").asText()).containsExactly("us-federal-income-tax", "us-fica");
        JsonNode zurich = new ObjectMapper().readTree(run("taxes", "--place", "Zurich", "--format", "json").out);
        assertThat(zurich.get("tables")).extracting(t -> t.get("id").asText()).containsExactly("ch-federal-direct-tax",
                "zh-canton-income-tax", "zh-city-income-tax", "ch-ahv-iv-eo", "ch-alv");
        assertThat(run("taxes", "--place", "Hangzhou").out).contains("not looked up");
        assertThat(run("taxes", "--place", "Atlantis").code).isEqualTo(1);
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
