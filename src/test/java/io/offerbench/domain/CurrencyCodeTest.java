package io.offerbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A currency as people type it: the ISO code in any case, or the yuan's everyday names. */
class CurrencyCodeTest {

    @Test
    void rmbAndYuanAreTheChineseYuan() {
        assertThat(CurrencyCode.of("RMB")).isEqualTo(CurrencyCode.CNY);
        assertThat(CurrencyCode.of(" rmb ")).isEqualTo(CurrencyCode.CNY);
        assertThat(CurrencyCode.of("元")).isEqualTo(CurrencyCode.CNY);
        assertThat(CurrencyCode.of("人民币")).isEqualTo(CurrencyCode.CNY);
        assertThat(CurrencyCode.of("cny")).isEqualTo(CurrencyCode.CNY);
        assertThat(CurrencyCode.of("美元")).isEqualTo(CurrencyCode.USD);
    }

    @Test
    void aSymbolSharedByCurrenciesIsNoCode() {
        assertThatThrownBy(() -> CurrencyCode.of("¥")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurrencyCode.of("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }
}
