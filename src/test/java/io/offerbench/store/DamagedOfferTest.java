package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A damaged row names the field to blame by its label, whichever stored column holds the bad value. */
class DamagedOfferTest {

    @Test
    void everyStoredColumnNamesItsFieldsLabel() {
        assertThat(Arrays.stream(OfferRows.COLUMNS.split(", ")))
                .allSatisfy(column -> assertThat(new DamagedOffer(1, "Helix", column, "x").fieldKey())
                        .as(column).isNotNull().startsWith("field."));
    }

    @Test
    void columnsNamedBeforeTheFieldsAndTheTwoBonusColumnsNameTheirField() {
        assertThat(new DamagedOffer(1, "Helix", "equity_value", "x").fieldKey()).isEqualTo("field.equityValue");
        assertThat(new DamagedOffer(1, "Helix", "vesting", "10/10").fieldKey()).isEqualTo("field.schedule");
        assertThat(new DamagedOffer(1, "Helix", "bonus_percent", "x").fieldKey()).isEqualTo("field.annualBonus");
        assertThat(new DamagedOffer(1, "Helix", "guaranteed_summer_months", "x").fieldKey())
                .isEqualTo("field.guaranteedSummerMonths");
        assertThat(new DamagedOffer(1, "Helix", null, "a rule").fieldKey()).isNull();
        assertThat(new DamagedOffer(1, "Helix", "created_at", "x").fieldKey()).isNull();
    }
}
