package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkCsvReaderTest {

    /** The header with kinds but before rows named the criterion they inform: such files still read. */
    private static final String HEADER = String.join(",", BenchmarkCsvReader.HEADER_WITHOUT_INFORMS) + "\r\n";
    private static final String FULL_HEADER = String.join(",", BenchmarkCsvReader.HEADER) + "\r\n";
    private static final String GOOD = "semafor-2023-upwards,000.txt,Semafor,2023-12-15,Pay at Google,big_tech,"
            + "new_grad_phd,annual_income,500000,,per_year,USD,2023,\"earn upwards of $500,000 a year\",A floor,top_of_market\r\n";
    private static final String SIGNAL = "lambert-2023-plentiful,002.txt,Interconnects,2023-10-11,GenAI jobs,ai_market,,"
            + "market_signal,,,,,2023,\"Jobs in GenAI and LLMs are plentiful, everything else is on ice\","
            + "\"A view, \"\"not\"\" data\",qualitative\r\n";

    @Test
    void readsRowsIntoDocumentBenchmarks() {
        List<Benchmark> rows = read(HEADER + GOOD + SIGNAL);

        assertThat(rows).hasSize(2);
        Benchmark pay = rows.get(0);
        assertThat(pay.segment()).isEqualTo(Segment.BIG_TECH);
        assertThat(pay.low()).isEqualByComparingTo("500000");
        assertThat(pay.high()).isNull();
        assertThat(pay.currency()).isEqualTo(CurrencyCode.USD);
        assertThat(pay.quote()).isEqualTo("earn upwards of $500,000 a year");
        Benchmark signal = rows.get(1);
        assertThat(signal.metric()).isEqualTo(Metric.MARKET_SIGNAL);
        assertThat(signal.seniority()).isNull();
        assertThat(signal.caveat()).isEqualTo("A view, \"not\" data");
        assertThat(rows).allSatisfy(b -> assertThat(b.origin()).isEqualTo(Benchmark.Origin.DOCUMENT));
    }

    @Test
    void eachRowSaysWhatKindOfFigureItIs() {
        List<Benchmark> rows = read(HEADER + GOOD + SIGNAL);
        assertThat(rows).extracting(Benchmark::kind).containsExactly(BenchmarkKind.TOP_OF_MARKET, BenchmarkKind.QUALITATIVE);
    }

    @Test
    void aQualitativeRowNamesTheCriterionItInformsOrSaysNone() {
        List<Benchmark> rows = read(FULL_HEADER + GOOD.replace("\r\n", ",\r\n") + SIGNAL.replace("\r\n", ",topic_fit\r\n")
                + SIGNAL.replace("lambert-2023-plentiful", "lambert-2023-other").replace("\r\n", ",none\r\n"));
        assertThat(rows).extracting(Benchmark::informs).containsExactly(null, io.offerbench.domain.Criterion.TOPIC_FIT, null);
        // A file from before the column: every row informs none.
        assertThat(read(HEADER + SIGNAL)).extracting(Benchmark::informs).containsOnlyNulls();
    }

    @Test
    void aQualitativeRowThatSaysNothingOrNamesNoCriterionIsRefusedWithTheChoices() {
        BenchmarkFormatException blank = refused(FULL_HEADER + SIGNAL.replace("\r\n", ",\r\n"));
        assertThat(blank.columnName()).isEqualTo("informs");
        assertThat(blank.line()).isEqualTo(2);
        assertThat(blank).hasMessageContaining("compute").hasMessageContaining("none");
        BenchmarkFormatException unknown = refused(FULL_HEADER + SIGNAL.replace("\r\n", ",happiness\r\n"));
        assertThat(unknown.columnName()).isEqualTo("informs");
        assertThat(unknown).hasMessageContaining("happiness").hasMessageContaining("research_freedom");
    }

    @Test
    void aFileFromBeforeKindsReadsWithKindsFromTheMetric() {
        String legacy = String.join(",", BenchmarkCsvReader.HEADER_WITHOUT_KIND) + "\r\n";
        List<Benchmark> rows = read(legacy + GOOD.replace(",top_of_market\r\n", "\r\n") + SIGNAL.replace(",qualitative\r\n", "\r\n"));
        assertThat(rows).extracting(Benchmark::kind).containsExactly(BenchmarkKind.TYPICAL, BenchmarkKind.QUALITATIVE);
    }

    @Test
    void onlyAPayFigureCanBeTypical() {
        BenchmarkFormatException e = refused(HEADER + SIGNAL.replace(",qualitative\r\n", ",typical\r\n"));
        assertThat(e.columnName()).isEqualTo("kind");
        assertThat(e).hasMessageContaining("only a pay figure").hasMessageContaining("market_signal");
        BenchmarkFormatException unknown = refused(HEADER + GOOD.replace(",top_of_market\r\n", ",ceiling\r\n"));
        assertThat(unknown).hasMessageContaining("'ceiling' is not one of").hasMessageContaining("top_of_market");
    }

    @Test
    void theUnitIsReadAsABenchmarkUnitAndABadOneIsRefusedWithLineAndColumn() {
        List<Benchmark> rows = read(HEADER + GOOD + SIGNAL);
        assertThat(rows).extracting(Benchmark::unit).containsExactly(BenchmarkUnit.PER_YEAR, null);

        BenchmarkFormatException e = refused(HEADER + SIGNAL + GOOD.replace(",per_year,", ",weekly,"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.columnName()).isEqualTo("unit");
        assertThat(e).hasMessageContaining("'weekly' is not one of amount, count, one_off, per_year, percent, ratio");
    }

    @Test
    void aNumberWrittenAsTextIsRefusedWithLineAndColumn() {
        BenchmarkFormatException e = refused(HEADER + SIGNAL + GOOD.replace(",500000,", ",$500k,"));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(9);
        assertThat(e.columnName()).isEqualTo("low");
        assertThat(e).hasMessageContaining("test.csv, line 3, column 9 (low)").hasMessageContaining("$500k");
    }

    @Test
    void lineNumbersCountNewlinesInsideQuotedFields() {
        String multiLineQuote = SIGNAL.replace("plentiful, everything", "plentiful,\neverything");
        BenchmarkFormatException e = refused(HEADER + multiLineQuote + GOOD.replace("big_tech", "big_pharma"));

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e).hasMessageContaining("'big_pharma' is not one of").hasMessageContaining("frontier_lab");
    }

    @Test
    void aRowWithoutQuoteIsRefused() {
        BenchmarkFormatException e = refused(HEADER + GOOD.replace("\"earn upwards of $500,000 a year\"", ""));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("quote");
        assertThat(e.column()).isEqualTo(14);
    }

    @Test
    void anUnquotedCommaShowsAsAWrongFieldCount() {
        BenchmarkFormatException e = refused(HEADER + GOOD.replace("A floor", "A floor, not typical"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e).hasMessageContaining("17 fields").hasMessageContaining("double quotes");
    }

    @Test
    void aDuplicateIdIsRefusedNamingTheFirstLine() {
        BenchmarkFormatException e = refused(HEADER + GOOD + SIGNAL + GOOD);

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.columnName()).isEqualTo("id");
        assertThat(e).hasMessageContaining("already used on line 2");
    }

    @Test
    void payWithoutCurrencyIsRefused() {
        BenchmarkFormatException e = refused(HEADER + GOOD.replace(",USD,", ",,"));

        assertThat(e.columnName()).isEqualTo("currency");
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() {
        BenchmarkFormatException e = refused(HEADER + GOOD + SIGNAL.replace("\"A view, \"\"not\"\" data\"", "\"A view"));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessageContaining("double quote");
    }

    @Test
    void aWrongHeaderIsRefusedOnLineOne() {
        BenchmarkFormatException e = refused(HEADER.replace("as_of_year", "year") + GOOD);

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(13);
    }

    @Test
    void anExchangeRateMustBeOneNumber() {
        String range = "cny,004.txt,Bloomberg,2025,Rate,ai_market,,exchange_rate,7.1,7.2,ratio,CNY,2025,q,c,ratio\r\n";

        assertThat(refused(HEADER + range).columnName()).isEqualTo("high");
    }

    private static List<Benchmark> read(String csv) {
        return BenchmarkCsvReader.read(new StringReader(csv), "test.csv");
    }

    private static BenchmarkFormatException refused(String csv) {
        BenchmarkFormatException e = catchThrowableOfType(BenchmarkFormatException.class, () -> read(csv));
        assertThat(e).as("the CSV should have been refused").isNotNull();
        return e;
    }
}
