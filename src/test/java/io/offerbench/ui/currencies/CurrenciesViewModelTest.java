package io.offerbench.ui.currencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.LocationFactor.Kind;
import io.offerbench.exchange.BenchmarkDataset;
import io.offerbench.ui.common.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The exchange-rate form and the estimates forms: what they accept, what they refuse, and how they say so. */
class CurrenciesViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final ExchangeRatesViewModel rates = new ExchangeRatesViewModel(TODAY);
    private final List<ExchangeRate> documentRates = BenchmarkDataset.bundled().defaultExchangeRates();

    @Test
    void usdComesFirstFixedAtOneAndTheDocumentsRateNamesItsRow() {
        rates.setStored(documentRates);
        assertThat(rates.rows()).extracting(r -> r.currency().code()).containsExactly("USD", "CNY");
        RateRow usd = rates.rows().get(0);
        assertThat(usd.isFixed()).isTrue();
        assertThat(usd.perUsd()).isEqualTo("1");
        RateRow cny = rates.rows().get(1);
        assertThat(cny.perUsd()).isEqualTo("7.16");
        assertThat(cny.source()).contains("bloomberg-2025-cny-per-usd");
    }

    @Test
    void usdCannotBeEditedOrAddedAgain() {
        rates.setStored(documentRates);
        rates.select(rates.rows().get(0));
        assertThat(rates.lockedProperty().get()).isTrue();
        assertThat(rates.submit()).isEmpty();
        assertThat(rates.problemsProperty().get()).startsWith("USD is the reference currency, fixed at 1");

        rates.startNew();
        assertThat(rates.lockedProperty().get()).isFalse();
        rates.currency.set("usd");
        assertThat(rates.currency.errorProperty().get()).startsWith("USD is the reference currency");
    }

    @Test
    void aMissingOrUnknownCurrencySaysWhatWouldWork() {
        rates.startNew();
        rates.currency.set(" ");
        assertThat(rates.currency.errorProperty().get())
                .isEqualTo("Currency is required: a three-letter ISO code such as EUR, GBP or CNY");
        rates.currency.set("XYZ");
        assertThat(rates.currency.errorProperty().get())
                .isEqualTo("Currency: Unknown currency code 'XYZ' (ISO 4217, for example USD, EUR, GBP, CNY)");
        rates.currency.set("euros");
        assertThat(rates.currency.errorProperty().get())
                .isEqualTo("Currency: Currency must be a three-letter ISO 4217 code such as USD, not 'EUROS'");
        rates.currency.set("rmb");
        assertThat(rates.currency.errorProperty().get()).as("RMB is the yuan").isEmpty();
        assertThat(rates.currency.parse().value()).isEqualTo(CurrencyCode.CNY);
    }

    @Test
    void aNewRateIsReadWithItsCurrencyDateAndSource() {
        rates.startNew();
        assertThat(rates.asOf.text()).as("a new rate holds for today").isEqualTo("2025-06-30");
        rates.currency.set(" eur ");
        rates.perUsd.set("0.9213");
        rates.source.set("ECB reference rate");
        ExchangeRate rate = rates.submit().orElseThrow();
        assertThat(rate.currency()).isEqualTo(new CurrencyCode("EUR"));
        assertThat(rate.perUsd()).isEqualByComparingTo("0.9213");
        assertThat(rate.asOf()).isEqualTo(TODAY);
        assertThat(rate.source()).isEqualTo("ECB reference rate");
    }

    @Test
    void nonIsoCodesNonPositiveRatesAndBadDatesAreRefusedWithTheFieldNamed() {
        rates.startNew();
        rates.currency.set("EURO");
        assertThat(rates.currency.errorProperty().get()).startsWith("Currency:").contains("three-letter ISO 4217 code");
        rates.currency.set("ABC");
        assertThat(rates.currency.errorProperty().get()).contains("Unknown currency code 'ABC'");
        rates.perUsd.set("0");
        assertThat(rates.perUsd.errorProperty().get()).isEqualTo("Units per USD must be more than zero, like 7.16 or 0.92");
        rates.perUsd.set("-7.16");
        assertThat(rates.perUsd.errorProperty().get()).startsWith("Units per USD must be more than zero");
        rates.perUsd.set("7,16");
        assertThat(rates.perUsd.errorProperty().get()).contains("decimal comma").contains("7.16");
        rates.perUsd.set("seven");
        assertThat(rates.perUsd.errorProperty().get()).startsWith("Units per USD is not a number");
        rates.asOf.set("01/02/2025");
        assertThat(rates.asOf.errorProperty().get()).startsWith("Date it holds for").contains("ambiguous");
        rates.asOf.set("2025-02-30");
        assertThat(rates.asOf.errorProperty().get()).startsWith("Date it holds for").contains("not a day of the calendar");
        rates.asOf.set("2025-07-01");
        assertThat(rates.asOf.errorProperty().get()).contains("after today (2025-06-30)");
        assertThat(rates.submit()).isEmpty();
        assertThat(rates.problemsProperty().get().split("\n")).hasSize(3);
    }

    @Test
    void ratesMayHaveManyDecimalsAndGroupedThousands() {
        assertThat(PositiveDecimalParser.parse("16,250.5", "Rate", "1", ExchangeRatesViewModel.MAX_RATE).value()).isEqualByComparingTo("16250.5");
        assertThat(PositiveDecimalParser.parse(".7834", "Rate", "1", ExchangeRatesViewModel.MAX_RATE).value()).isEqualByComparingTo("0.7834");
        assertThat(PositiveDecimalParser.parse("0.123456789", "Rate", "1", ExchangeRatesViewModel.MAX_RATE).message()).contains("more than 8 decimals");
        assertThat(PositiveDecimalParser.parse("2000000", "Rate", "1", ExchangeRatesViewModel.MAX_RATE).message()).isEqualTo("Rate must be at most 1000000, not 2000000");
    }

    @Test
    void changingTheDocumentsRateMakesItTheUsersOwnButKeepsTheRowItReplaced() {
        rates.setStored(documentRates);
        rates.select(rates.rows().get(1));
        assertThat(rates.currencyEditableProperty().get()).as("an existing rate keeps its currency").isFalse();
        rates.perUsd.set("7.25");
        ExchangeRate edited = rates.submit().orElseThrow();
        assertThat(edited.perUsd()).isEqualByComparingTo("7.25");
        assertThat(edited.source()).startsWith("Your own figure").contains("bloomberg-2025-cny-per-usd");

        rates.select(rates.rows().get(1));
        rates.source.set("My bank, June 2025");
        rates.perUsd.set("7.2");
        assertThat(rates.submit().orElseThrow().source()).isEqualTo("My bank, June 2025");
    }

    @Test
    void costOfLivingIsAnIndexAbove0UpTo1000() {
        LocationFactorsViewModel col = new LocationFactorsViewModel(Kind.COST_OF_LIVING);
        col.place.set("London");
        col.value.set("0");
        assertThat(col.value.errorProperty().get()).startsWith("Index (US average = 100) must be more than zero");
        col.value.set("1200");
        assertThat(col.value.errorProperty().get()).isEqualTo("Index (US average = 100) must be at most 1000, not 1200");
        col.value.set("112.5");
        col.note.set("Numbeo, rent included");
        LocationFactor f = col.submit().orElseThrow();
        assertThat(f).isEqualTo(new LocationFactor(Kind.COST_OF_LIVING, "London", new BigDecimal("112.5"), "Numbeo, rent included"));
    }

    @Test
    void taxRateIsAPercentageUpTo95AndThePlaceIsRequired() {
        LocationFactorsViewModel tax = new LocationFactorsViewModel(Kind.EFFECTIVE_TAX_RATE);
        tax.value.set("120%");
        assertThat(tax.value.errorProperty().get()).startsWith("Effective tax rate (%) must be a percentage between 0 and 95");
        tax.value.set("32%");
        assertThat(tax.submit()).isEmpty();
        assertThat(tax.problemsProperty().get()).startsWith("City or country is required");
        tax.place.set("Zurich");
        assertThat(tax.submit()).get().extracting(LocationFactor::value).isEqualTo(new BigDecimal("32"));
    }

    @Test
    void eachTableShowsOnlyItsOwnKind() {
        LocationFactorsViewModel tax = new LocationFactorsViewModel(Kind.EFFECTIVE_TAX_RATE);
        tax.setStored(List.of(new LocationFactor(Kind.COST_OF_LIVING, "London", BigDecimal.valueOf(120), ""),
                new LocationFactor(Kind.EFFECTIVE_TAX_RATE, "London", BigDecimal.valueOf(35), "")));
        assertThat(tax.rows()).extracting(LocationFactor::kind).containsExactly(Kind.EFFECTIVE_TAX_RATE);
    }

    @Test
    void bothEstimateTablesHaveAllTheirTexts() {
        ResourceBundle bundle = Messages.bundle();
        for (Kind kind : Kind.values()) {
            String prefix = "currencies." + new LocationFactorsViewModel(kind).keyPrefix();
            for (String key : List.of("heading", "intro", "empty", "prompt.value", "col.value", "field.place", "field.value", "field.note")) {
                assertThat(bundle.containsKey(prefix + "." + key)).as(prefix + "." + key).isTrue();
            }
        }
    }
}
