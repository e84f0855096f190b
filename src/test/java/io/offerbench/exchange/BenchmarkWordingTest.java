package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BenchmarkWordingTest {

    @Test
    void moneyRangesRepeatTheCurrency() {
        assertThat(figure(Metric.TOTAL_PACKAGE, "500000", "600000", BenchmarkUnit.PER_YEAR, "USD"))
                .isEqualTo("$500,000–$600,000 per year");
    }

    @Test
    void openEndedFiguresSayWhichWay() {
        assertThat(figure(Metric.ANNUAL_INCOME, "500000", null, BenchmarkUnit.PER_YEAR, "USD"))
                .isEqualTo("upwards of $500,000 per year");
        assertThat(figure(Metric.PEOPLE_COUNT, null, "1000", BenchmarkUnit.COUNT, null)).isEqualTo("under 1,000 people");
        assertThat(figure(Metric.PEOPLE_SHARE, "50", null, BenchmarkUnit.PERCENT, null)).isEqualTo("at least 50%");
    }

    @Test
    void ratiosAndSharesCarryTheirSymbolOnce() {
        assertThat(figure(Metric.PAY_RATIO, "2", "5", BenchmarkUnit.RATIO, null)).isEqualTo("2–5×");
        assertThat(figure(Metric.TIME_SHARE, "70", "70", BenchmarkUnit.PERCENT, null)).isEqualTo("70%");
    }

    @Test
    void largeSumsAndOtherCurrenciesReadNaturally() {
        assertThat(figure(Metric.MONEY_FLOW, "1300000000", "1300000000", BenchmarkUnit.AMOUNT, "USD")).isEqualTo("$1.3 billion");
        assertThat(figure(Metric.SIGN_ON_BONUS, "100000000", "100000000", BenchmarkUnit.ONE_OFF, "USD"))
                .isEqualTo("$100 million paid once");
        assertThat(figure(Metric.ANNUAL_INCOME, "1540000", "1540000", BenchmarkUnit.PER_YEAR, "CNY"))
                .isEqualTo("1.54 million CNY per year");
        assertThat(figure(Metric.EXCHANGE_RATE, "7.16", "7.16", BenchmarkUnit.RATIO, "CNY")).isEqualTo("7.16 CNY per US dollar");
    }

    @Test
    void signalsSayTheyHaveNoFigure() {
        assertThat(figure(Metric.MARKET_SIGNAL, null, null, null, null)).isEqualTo("no figure: a qualitative signal");
    }

    private static String figure(Metric metric, String low, String high, BenchmarkUnit unit, String currency) {
        Benchmark b = new Benchmark("x", "f.txt", "o", "2023", "s", Segment.AI_MARKET, null, metric,
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high), unit,
                currency == null ? null : new CurrencyCode(currency), 2023, "q", "c", Benchmark.Origin.DOCUMENT, false);
        return BenchmarkWording.figure(b);
    }
}
