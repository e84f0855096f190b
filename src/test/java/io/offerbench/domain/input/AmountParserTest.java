package io.offerbench.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.CurrencyCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "185000 | 185000",
            "185,000 | 185000",
            "185k | 185000",
            "$185,000 | 185000",
            "$ 120,000 | 120000",
            "1.54M | 1540000",
            "1.2 million | 1200000",
            "12 lakh | 1200000",
            "1.5 crore | 15000000",
            "185000 USD | 185000",
            "€ 95,000 p.a. | 95000",
            "-$5 | -5",
            "1,00,000 | 100000",
            "1.5k | 1500",
            "0.50 | 0.50",
    })
    void readsTheFormsPeopleType(String input, String expected) {
        ParseResult<BigDecimal> r = AmountParser.parseValue(input, "Base salary", AmountParser.Sign.ANY);
        assertThat(r.isOk()).as(r.message()).isTrue();
        assertThat(r.value()).isEqualByComparingTo(expected);
    }

    /** Amounts as Chinese writes them: 万 and 百万 counts, ¥, 元, RMB and 人民币, 每年 or /年. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "¥1,540,000 | 1540000 | JPY CNY",
            "1,540,000元 | 1540000 | CNY",
            "RMB 1,540,000 | 1540000 | CNY",
            "80万 | 800000 |",
            "80万元 | 800000 | CNY",
            "¥80万 | 800000 | JPY CNY",
            "RMB 80万 | 800000 | CNY",
            "1.54百万 | 1540000 |",
            "154万人民币 | 1540000 | CNY",
            "30万/年 | 300000 |",
            "30万元每年 | 300000 | CNY",
            "1.2亿 | 120000000 |",
            "5千万日元 | 50000000 | JPY",
            "12万美元 | 120000 | USD",
    })
    void readsChineseAmounts(String input, String expected, String currencies) {
        ParseResult<ParsedAmount> r = AmountParser.parse(input, "年薪", AmountParser.Sign.ANY);
        assertThat(r.isOk()).as(input + ": " + r.message()).isTrue();
        assertThat(r.value().value()).isEqualByComparingTo(expected);
        if (currencies != null) {
            assertThat(r.value().markCurrencies()).extracting(CurrencyCode::code)
                    .containsExactlyInAnyOrder(currencies.split(" "));
        }
    }

    @Test
    void refusedChineseAmountsNameTheFieldAndTheValue() {
        assertThat(AmountParser.parse("2万/月", "Base salary").message()).contains("Base salary", "2万/月", "must be a yearly amount");
        assertThat(AmountParser.parse("每月 2万", "Base salary").isOk()).isFalse();
        assertThat(AmountParser.parse("8万万", "Base salary").message()).contains("Base salary", "8万万");
        assertThat(AmountParser.parse("1.2345678万", "Base salary").message()).contains("Base salary", "1.2345678万", "decimal");
    }

    @Test
    void zeroIsAllowedWhenTheFieldSaysSo() {
        assertThat(AmountParser.parseValue("0", "Sign-on bonus", AmountParser.Sign.NON_NEGATIVE).value())
                .isEqualByComparingTo("0");
        assertThat(AmountParser.parseValue("-1", "Sign-on bonus", AmountParser.Sign.NON_NEGATIVE).message())
                .startsWith("Sign-on bonus cannot be negative");
    }

    @Test
    void negativeAmountsAreReadWhenAllowed() {
        assertThat(AmountParser.parseValue("(1,000)", "Adjustment", AmountParser.Sign.ANY).value())
                .isEqualByComparingTo("-1000");
    }

    @Test
    void refusesMonthlyFiguresInAYearlyField() {
        assertThat(AmountParser.parse("$10,000/month", "Base salary").message())
                .contains("must be a yearly amount");
    }

    @Test
    void currencyMarkThatContradictsTheOfferIsReported() {
        ParsedAmount pounds = AmountParser.parse("£60k", "Base salary").value();
        assertThat(pounds.currencyConflict(CurrencyCode.USD, "Base salary"))
                .hasValueSatisfying(m -> assertThat(m).contains("'£'").contains("USD"));
        ParsedAmount dollars = AmountParser.parse("$60k", "Base salary").value();
        assertThat(dollars.currencyConflict(new CurrencyCode("CAD"), "Base salary")).isEmpty();
        assertThat(AmountParser.parse("60000", "Base salary").value().currencyConflict(CurrencyCode.CNY, "Base salary"))
                .isEmpty();
    }

    @Test
    void nullIsTreatedAsEmpty() {
        assertThat(AmountParser.parse(null, "Base salary").message()).isEqualTo(
                "Base salary is required: enter an amount like 185000, 185,000 or 185k");
    }

    @Test
    void formatGroupsThousandsAndKeepsCents() {
        assertThat(AmountParser.format(new BigDecimal("1234567.50"))).isEqualTo("1,234,567.50");
        assertThat(AmountParser.format(new BigDecimal("185000"))).isEqualTo("185,000");
    }
}
