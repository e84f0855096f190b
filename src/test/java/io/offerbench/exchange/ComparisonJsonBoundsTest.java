package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A comparison file is held to the same bounds as CSV and the form; its settings are checked, window preferences dropped. */
class ComparisonJsonBoundsTest {

    private static final String OFFER = "{\"company\":\"Acme\",\"currency\":\"USD\",\"pay\":{\"base_salary\":\"%s\"}}";

    @Test
    void aSalaryOfATenMillionthIsRefusedWithItsPath() {
        ComparisonFormatException e = refused(file("[" + OFFER.formatted("0.0000001") + "]", "[]", "{}"));
        assertThat(e.path()).isEqualTo("offers[0].pay.base_salary");
        assertThat(e.reason()).contains("more than 2 decimal places").doesNotContain("Jackson");
    }

    @Test
    void anExchangeRateOf1eMinus10IsRefused() {
        ComparisonFormatException e = refused(file("[]",
                "[{\"currency\":\"EUR\",\"per_usd\":\"0.0000000001\",\"as_of\":\"2025-06-01\",\"source\":\"x\"}]", "{}"));
        assertThat(e.path()).startsWith("exchange_rates[0].per_usd");
        assertThat(e.reason()).contains("at most 6 decimal places");
    }

    @Test
    void anUnknownHomeCurrencyIsRefusedAndTheThemeIsNotCarried() throws Exception {
        ComparisonFormatException e = refused(file("[]", "[]", "{\"scoring.home_currency\":\"XYZ\"}"));
        assertThat(e.path()).isEqualTo("settings.scoring.home_currency");
        assertThat(e.reason()).contains("XYZ").contains("ISO 4217");
        Comparison c = ComparisonJson.read(stream(file("[]", "[]", "{\"ui.theme\":\"dark\",\"scoring.home_currency\":\"eur\"}")), "c.json");
        assertThat(c.settings()).containsExactly(java.util.Map.entry("scoring.home_currency", "EUR"));
    }

    @Test
    void everySettingAComparisonCarriesIsCheckedAndAnyOtherIsNotStored() throws Exception {
        java.util.Map<String, String> bad = java.util.Map.of("scoring.after_tax", "maybe", "scoring.liquidity_bear", "-1",
                "scoring.tenure_years", "99", "scoring.liquidity_scenario", "moon", "review.role", "boss",
                "scoring.active_profile", "x".repeat(61), "scoring.adjust_cost_of_living", "yes");
        bad.forEach((key, value) -> {
            ComparisonFormatException e = refused(file("[]", "[]", "{\"" + key + "\":\"" + value + "\"}"));
            assertThat(e).as(key).isNotNull();
            assertThat(e.path()).isEqualTo("settings." + key);
            assertThat(e.reason()).contains(value.length() > 20 ? value.substring(0, 20) : value);
        });
        Comparison c = ComparisonJson.read(stream(file("[]", "[]", "{\"scoring.tenure_years\":\"4\",\"theme\":\"dark\","
                + "\"scoring.unknown\":\"x\",\"ui.sample.return_to\":\"/etc/passwd\",\"review.role\":\"advisor\"}")), "c.json");
        assertThat(c.settings()).containsOnlyKeys("scoring.tenure_years", "review.role");
    }

    @Test
    void theCommentOnTheWholeComparisonTravelsAndOneTooLongIsRefusedWithItsLength() throws Exception {
        Comparison c = ComparisonJson.read(stream(file("[]", "[]",
                "{\"review.comparison_comment\":\"Close call: ask Northwind about publishing.\\nThen decide.\"}")), "c.json");
        assertThat(c.settings()).containsExactly(java.util.Map.entry("review.comparison_comment", "Close call: ask Northwind about publishing.\nThen decide."));

        ComparisonFormatException e = refused(file("[]", "[]", "{\"review.comparison_comment\":\"" + "x".repeat(5001) + "\"}"));
        assertThat(e.path()).isEqualTo("settings.review.comparison_comment");
        assertThat(e.reason()).contains("at most 5,000 characters", "5,001");
    }

    private static String file(String offers, String rates, String settings) {
        return "{\"format\":\"offerbench\",\"version\":1,\"offers\":" + offers + ",\"exchange_rates\":" + rates
                + ",\"settings\":" + settings + "}";
    }

    private static ComparisonFormatException refused(String json) {
        return catchThrowableOfType(() -> ComparisonJson.read(stream(json), "c.offerbench.json"), ComparisonFormatException.class);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
