package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terminal columns, as a terminal draws them. */
class DisplayWidthTest {

    @Test
    void chineseAndFullWidthTakeTwoColumnsLatinOne() {
        assertThat(DisplayWidth.of("Helix AI")).isEqualTo(8);
        assertThat(DisplayWidth.of("深度求索")).isEqualTo(8);
        assertThat(DisplayWidth.of("深度求索 — 研究员")).isEqualTo(8 + 3 + 6);
        assertThat(DisplayWidth.of("ＡＢ（）")).isEqualTo(8);
        assertThat(DisplayWidth.of("삼성")).isEqualTo(4);
        assertThat(DisplayWidth.of("かな")).isEqualTo(4);
        assertThat(DisplayWidth.of("𠀋")).isEqualTo(2); // outside the BMP
    }

    @Test
    void combiningMarksAndJoinersTakeNone() {
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);
        assertThat(DisplayWidth.of("")).isZero();
        assertThat(DisplayWidth.of((String) null)).isZero();
    }
}
