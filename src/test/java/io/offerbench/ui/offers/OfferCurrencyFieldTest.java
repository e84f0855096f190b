package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CurrencyCode;
import org.junit.jupiter.api.Test;

/** The offer form's currency field: what it takes for a currency, and how it says what would work. */
class OfferCurrencyFieldTest {

    private final OfferForm form = new OfferForm();

    @Test
    void aMissingOrUnknownCurrencyNamesTheFieldAndWhatWouldWork() {
        form.currency.set("");
        assertThat(form.currency.errorProperty().get())
                .isEqualTo("Currency is required: a three-letter code such as USD, EUR, GBP or CNY");
        form.currency.set("XYZ");
        assertThat(form.currency.errorProperty().get())
                .isEqualTo("Currency: Unknown currency code 'XYZ' (ISO 4217, for example USD, EUR, GBP, CNY)");
        form.currency.set("dollars");
        assertThat(form.currency.errorProperty().get())
                .isEqualTo("Currency: Currency must be a three-letter ISO 4217 code such as USD, not 'DOLLARS'");
    }

    @Test
    void aCodeIsReadWhateverItsCaseAndTheYuanByItsCommonNames() {
        form.currency.set(" eur ");
        assertThat(form.currency.parse().value()).isEqualTo(new CurrencyCode("EUR"));
        form.currency.set("人民币");
        assertThat(form.currency.parse().value()).isEqualTo(CurrencyCode.CNY);
        assertThat(form.currency.errorProperty().get()).isNullOrEmpty();
    }
}
