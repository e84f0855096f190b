package io.offerbench.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AmountParserPropertiesTest {

    @Property(tries = 3000)
    void arbitraryTextNeverThrows(@ForAll String text) {
        ParseResult<ParsedAmount> r = AmountParser.parse(text, "Base salary");
        if (!r.isOk()) {
            assertThat(r.message()).startsWith("Base salary");
        }
    }

    @Property(tries = 3000)
    void numberishTextNeverThrows(@ForAll("numberish") String text) {
        ParseResult<ParsedAmount> r = AmountParser.parse(text, "Bonus", AmountParser.Sign.ANY);
        assertThat(r.isOk() ? r.value().value().abs().compareTo(AmountParser.MAX) <= 0 : r.message().startsWith("Bonus"))
                .isTrue();
    }

    @Property(tries = 2000)
    void formattedAmountsReadBackExactly(@ForAll("amounts") BigDecimal amount) {
        assertThat(AmountParser.parse(AmountParser.format(amount), "Base salary").value().value()).isEqualTo(amount);
        assertThat(AmountParser.parse(amount.toPlainString(), "Base salary").value().value()).isEqualTo(amount);
        assertThat(AmountParser.parse("$" + AmountParser.format(amount), "Base salary").value().value()).isEqualTo(amount);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), AmountParser.MAX).ofScale(2)
                .flatMap(d -> Arbitraries.of(0, 1, 2).map(scale -> d.scale() > scale && d.setScale(scale,
                        java.math.RoundingMode.DOWN).signum() > 0 ? d.setScale(scale, java.math.RoundingMode.DOWN) : d));
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789.,' -+$€kKmM()%/eE_\u00a0\u200b").ofMaxLength(20);
    }
}
