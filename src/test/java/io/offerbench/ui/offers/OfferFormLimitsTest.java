package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.OfferField;
import org.junit.jupiter.api.Test;

/**
 * The editor takes its limits and a new offer's starting values from {@link OfferField}, the same
 * description the CSV import uses, so the two can no longer disagree.
 */
class OfferFormLimitsTest {

    @Test
    void wholeNumberFieldsAcceptTheirBoundsAndRefuseOnePast() {
        OfferForm form = new OfferForm();
        int checked = 0;
        for (FormField<?> field : form.textFields()) {
            OfferField f = field.field();
            if (f.kind() != OfferField.Kind.INTEGER) {
                continue;
            }
            checked++;
            field.set(String.valueOf(f.max()));
            assertThat(field.parse().isOk()).as(f.key() + " at " + f.max()).isTrue();
            field.set(String.valueOf(f.max() + 1));
            assertThat(field.parse().error()).as(f.key() + " at " + (f.max() + 1)).startsWith(field.label());
            assertThat(field.errorProperty().get()).isEqualTo(field.parse().error());
        }
        assertThat(checked).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aNewOfferStartsFromTheFieldsInitialValues() {
        OfferForm form = new OfferForm();
        OfferFormLoader.loadDefaults(form);
        form.textFields().forEach(field -> assertThat(field.textProperty().get()).as(field.field().key())
                .isEqualTo(field.field().initialText()));
        assertThat(form.currency.textProperty().get()).isEqualTo("USD");
        assertThat(form.equityYears.textProperty().get()).isEqualTo("4");
        assertThat(form.status.get()).isEqualTo(OfferField.STATUS.initialCode(io.offerbench.domain.OfferStatus.class));
    }
}
