package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.store.IoReasons;
import io.offerbench.text.Message;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the market-benchmark CSV (RFC 4180, header {@link #HEADER}) into document benchmarks.
 * Every row must carry its source document, outlet, date, verbatim quote and caveat, because a figure
 * without provenance is worse than no figure. The first fault stops the read with a
 * {@link BenchmarkFormatException} naming line and column.
 */
public final class BenchmarkCsvReader {

    public static final List<String> HEADER = List.of("id", "seed_file", "outlet", "published", "subject",
            "segment", "seniority", "metric", "low", "high", "unit", "currency", "as_of_year", "quote", "caveat", "kind", "informs");

    /** The header before rows named the criterion they inform; such a file still reads, every row informing none. */
    static final List<String> HEADER_WITHOUT_INFORMS = HEADER.subList(0, HEADER.size() - 1);

    /** The header before rows had a kind; such a file still reads, each row's kind following from its metric. */
    static final List<String> HEADER_WITHOUT_KIND = HEADER.subList(0, HEADER.size() - 2);

    /** What the informs column holds for a row that informs no criterion. */
    public static final String INFORMS_NONE = "none";

    /** How low/high are to be read; empty only for qualitative signals. */
    public static final Set<String> UNITS = Set.copyOf(BenchmarkUnit.codes());

    private static final List<String> REQUIRED = List.of("id", "seed_file", "outlet", "published", "subject",
            "quote", "caveat");
    private static final String KEBAB_CASE = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String PLAIN_NUMBER = "-?\\d+(\\.\\d+)?";
    private static final String ISO_DATE_PREFIX = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build();

    private BenchmarkCsvReader() {
    }

    /**
     * Parses benchmark rows from {@code reader}. {@code sourceName} names the file in error messages.
     *
     * @throws BenchmarkFormatException on the first malformed row, naming line and column
     * @throws UncheckedIOException     when the reader itself fails
     */
    public static List<Benchmark> read(Reader reader, String sourceName) {
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = checkHeader(parser.getHeaderNames(), sourceName);
            List<Benchmark> rows = new ArrayList<>();
            Map<String, Long> lineOfId = new HashMap<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // The iterator reads a record in hasNext(), so the line count taken before it is where the record starts.
                long line = parser.getCurrentLineNumber() + 1;
                if (!nextExists(records, sourceName, line)) {
                    return List.copyOf(rows);
                }
                Row row = new Row(records.next(), header, sourceName, line);
                Benchmark benchmark = row.toBenchmark();
                Long earlier = lineOfId.putIfAbsent(benchmark.id(), line);
                if (earlier != null) {
                    throw row.fault("id", Message.of("import.benchmarks.duplicateId", benchmark.id(), earlier));
                }
                rows.add(benchmark);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Message.of("import.benchmarks.unreadable", sourceName, IoReasons.of(e)).text(), e);
        }
    }

    /**
     * A publication date ("2023-10-11", "2024-12" or "2025") as a day; a document that gives only a year or
     * month is dated to its first day, the earliest its figures can have been current.
     */
    static LocalDate firstDayOf(String published) {
        String[] parts = published.split("-");
        int year = Integer.parseInt(parts[0]);
        int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean nextExists(Iterator<CSVRecord> records, String sourceName, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            // commons-csv reports broken quoting this way; the record's start line is what an editor needs.
            throw new BenchmarkFormatException(sourceName, line, 0, "", Message.of("import.benchmarks.brokenQuotes"));
        }
    }

    private static List<String> checkHeader(List<String> found, String sourceName) {
        if (found.equals(HEADER_WITHOUT_KIND)) {
            return HEADER_WITHOUT_KIND;
        }
        if (found.equals(HEADER_WITHOUT_INFORMS)) {
            return HEADER_WITHOUT_INFORMS;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            String actual = i < found.size() ? found.get(i) : "";
            if (!HEADER.get(i).equals(actual)) {
                throw new BenchmarkFormatException(sourceName, 1, i + 1, HEADER.get(i),
                        Message.of("import.benchmarks.header", String.join(",", HEADER), actual));
            }
        }
        if (found.size() > HEADER.size()) {
            throw new BenchmarkFormatException(sourceName, 1, HEADER.size() + 1, found.get(HEADER.size()),
                    Message.of("import.benchmarks.extraColumn", String.join(",", HEADER)));
        }
        return HEADER;
    }

    /** One record being turned into a benchmark; knows where it came from for error messages. */
    private static final class Row {
        private final CSVRecord record;
        private final List<String> header;
        private final String sourceName;
        private final long line;

        Row(CSVRecord record, List<String> header, String sourceName, long line) {
            this.record = record;
            this.header = header;
            this.sourceName = sourceName;
            this.line = line;
            if (record.size() != header.size()) {
                int column = Math.min(record.size(), header.size()) + 1;
                throw new BenchmarkFormatException(sourceName, line, column,
                        column <= header.size() ? header.get(column - 1) : "",
                        Message.of("import.benchmarks.fieldCount", record.size(), header.size()));
            }
            for (String name : REQUIRED) {
                if (text(name).isEmpty()) {
                    throw fault(name, Message.of("import.benchmarks.required", name));
                }
            }
        }

        Benchmark toBenchmark() {
            String id = text("id");
            if (!id.matches(KEBAB_CASE)) {
                throw fault("id", Message.of("import.benchmarks.kebab", id));
            }
            if (!text("published").matches(ISO_DATE_PREFIX)) {
                throw fault("published", Message.of("import.benchmarks.isoDate", text("published")));
            }
            try {
                firstDayOf(text("published"));
            } catch (DateTimeException e) {
                throw fault("published", Message.of("import.benchmarks.notRealDate", text("published")));
            }
            Metric metric = code("metric", Metric::fromCode);
            BigDecimal low = number("low");
            BigDecimal high = number("high");
            if (low != null && high != null && low.compareTo(high) > 0) {
                throw fault("low", Message.of("import.benchmarks.lowAboveHigh", low.toPlainString(), high.toPlainString()));
            }
            BenchmarkUnit unit = unit(low != null || high != null);
            CurrencyCode currency = currency();
            checkMetricNeeds(metric, low, high, currency);
            BenchmarkKind kind = kind(metric);
            return new Benchmark(id, text("seed_file"), text("outlet"), text("published"), text("subject"),
                    code("segment", Segment::fromCode), optionalCode("seniority", Seniority::fromCode), metric,
                    low, high, unit, currency, year(), text("quote"), text("caveat"),
                    Benchmark.Origin.DOCUMENT, false, kind, informs(kind));
        }

        /**
         * The criterion a row feeds, or null for "none". A qualitative row must say which (or "none"),
         * so a signal is never silently read by no one while its text claims it matters.
         */
        private io.offerbench.domain.Criterion informs(BenchmarkKind kind) {
            if (!header.contains("informs")) {
                return null;
            }
            String value = text("informs");
            if (value.isEmpty()) {
                if (kind == BenchmarkKind.QUALITATIVE) {
                    throw fault("informs", Message.of("benchmarks.informs.required", criterionCodes()));
                }
                return null;
            }
            if (value.equals(INFORMS_NONE)) {
                return null;
            }
            try {
                return io.offerbench.domain.Criterion.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw fault("informs", Message.of("benchmarks.informs.unknown", value, criterionCodes()));
            }
        }

        private static String criterionCodes() {
            return String.join(", ", java.util.Arrays.stream(io.offerbench.domain.Criterion.values())
                    .map(io.offerbench.domain.Criterion::code).toList()) + ", " + INFORMS_NONE;
        }

        private BenchmarkKind kind(Metric metric) {
            if (!header.contains("kind")) {
                return BenchmarkKind.defaultFor(metric);
            }
            BenchmarkKind kind = code("kind", BenchmarkKind::fromCode);
            if (kind == BenchmarkKind.TYPICAL && !metric.isPay()) {
                throw fault("kind", Message.of("import.benchmarks.typicalNotPay", payMetrics(), metric.code(),
                        BenchmarkKind.RATIO.code(), BenchmarkKind.COMPANY_SPECIFIC.code(), BenchmarkKind.QUALITATIVE.code()));
            }
            return kind;
        }

        private static String payMetrics() {
            return String.join(", ", java.util.Arrays.stream(Metric.values()).filter(Metric::isPay).map(Metric::code).toList());
        }

        private void checkMetricNeeds(Metric metric, BigDecimal low, BigDecimal high, CurrencyCode currency) {
            if (metric.isPay() && low == null && high == null) {
                throw fault("low", Message.of("import.benchmarks.needsFigure", metric.code()));
            }
            if ((metric.isPay() || metric == Metric.EXCHANGE_RATE) && currency == null) {
                throw fault("currency", Message.of("import.benchmarks.needsCurrency", metric.code()));
            }
            if (metric == Metric.EXCHANGE_RATE && (low == null || high == null || low.compareTo(high) != 0)) {
                throw fault("high", Message.of("import.benchmarks.oneRate"));
            }
        }

        private BenchmarkUnit unit(boolean hasFigure) {
            String unit = text("unit");
            if (unit.isEmpty() && hasFigure) {
                throw fault("unit", Message.of("import.benchmarks.needsUnit", String.join(", ", sorted(UNITS))));
            }
            if (!unit.isEmpty() && !UNITS.contains(unit)) {
                throw fault("unit", Message.of("import.benchmarks.unknownUnit", unit, String.join(", ", sorted(UNITS))));
            }
            return BenchmarkUnit.of(unit).orElse(null);
        }

        private CurrencyCode currency() {
            String code = text("currency");
            if (code.isEmpty()) {
                return null;
            }
            try {
                return new CurrencyCode(code);
            } catch (IllegalArgumentException e) {
                throw fault("currency", Message.of(e));
            }
        }

        private BigDecimal number(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            if (!value.matches(PLAIN_NUMBER)) {
                throw fault(column, Message.of("import.benchmarks.plainNumber", value));
            }
            return new BigDecimal(value);
        }

        private int year() {
            String value = text("as_of_year");
            if (!value.matches("\\d{4}")) {
                throw fault("as_of_year", Message.of("import.benchmarks.year", value));
            }
            return Integer.parseInt(value);
        }

        private <E> E code(String column, Function<String, E> parse) {
            try {
                return parse.apply(text(column));
            } catch (IllegalArgumentException e) {
                throw fault(column, Message.of(e));
            }
        }

        private <E> E optionalCode(String column, Function<String, E> parse) {
            return text(column).isEmpty() ? null : code(column, parse);
        }

        private String text(String column) {
            return record.get(column).strip();
        }

        BenchmarkFormatException fault(String column, Message problem) {
            return new BenchmarkFormatException(sourceName, line, HEADER.indexOf(column) + 1, column, problem);
        }

        private static List<String> sorted(Set<String> values) {
            return values.stream().sorted().toList();
        }
    }
}
