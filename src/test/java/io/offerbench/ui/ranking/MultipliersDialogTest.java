package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.input.ParseResult;
import org.junit.jupiter.api.Test;

class MultipliersDialogTest {

    @Test
    void readsPercentagesOfGrantValue() {
        ParseResult<LiquidityMultipliers> r = MultipliersDialog.read("10%", "40", "100%");
        assertThat(r.isOk()).isTrue();
        assertThat(r.value().bear()).isEqualByComparingTo("0.10");
        assertThat(r.value().base()).isEqualByComparingTo("0.40");
        assertThat(r.value().bull()).isEqualByComparingTo("1");
    }

    @Test
    void refusesFiguresThatAreNotPercentagesOrDoNotRise() {
        assertThat(MultipliersDialog.read("half", "50", "100").message()).contains("Bear");
        assertThat(MultipliersDialog.read("60", "50", "100").message()).contains("bear to base to bull");
    }
}
