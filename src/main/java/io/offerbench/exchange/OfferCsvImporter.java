package io.offerbench.exchange;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads offers from a CSV file as a spreadsheet saves it. All or nothing: any error anywhere refuses
 * the whole file with a {@link CsvImportException} listing every error found, so the caller saves
 * the offers in one transaction only from a clean file. Warnings (unknown columns, defaults taken)
 * come with the offers. Every cell has {@link FormulaGuard#unescape} applied, undoing the exporter's
 * protective quote.
 */
public final class OfferCsvImporter {

    /** Larger than any offer list a person keeps; protects the app from a wrong file picked by mistake. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private OfferCsvImporter() {
    }

    /** Preferred entry: checks that the bytes are UTF-8 and names the first line where they are not. */
    public static CsvImportResult parse(InputStream in, String fileName) throws IOException, CsvImportException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refused(fileName, 1, null, Message.of("import.csv.tooLarge"));
        }
        try {
            return parse(CsvSource.decode(bytes), fileName);
        } catch (CsvSource.NotUtf8 e) {
            throw refused(fileName, e.line, null, Message.of("import.csv.notUtf8"));
        }
    }

    /** For text already decoded by the caller; characters the caller could not decode are kept as they came. */
    public static CsvImportResult parse(Reader reader, String fileName) throws IOException, CsvImportException {
        StringWriter text = new StringWriter();
        char[] buffer = new char[8192];
        long total = 0;
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            total += n;
            if (total > MAX_BYTES) {
                throw refused(fileName, 1, null, Message.of("import.csv.tooLarge"));
            }
            text.write(buffer, 0, n);
        }
        return parse(text.toString(), fileName);
    }

    private static CsvImportResult parse(String raw, String fileName) throws CsvImportException {
        CsvSource source = new CsvSource(raw);
        if (source.text.isBlank()) {
            throw refused(fileName, 1, null, Message.of("import.csv.empty"));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(source.delimiter).setIgnoreEmptyLines(true).build();
        List<CsvProblem> errors = new ArrayList<>();
        List<CsvProblem> warnings = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(source.text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                Header header = Header.read(records.next(), source, errors, warnings);
                if (!errors.isEmpty()) {
                    throw new CsvImportException(fileName, errors);
                }
                while (records.hasNext()) {
                    readRow(records.next(), header, source, errors, warnings, offers);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                errors.add(new CsvProblem((int) parser.getCurrentLineNumber() + 1, null, Message.of("import.csv.brokenQuotes")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (errors.isEmpty() && offers.isEmpty()) {
            errors.add(new CsvProblem(1, null, Message.of("import.csv.noOffers")));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(CsvProblem::line));
            throw new CsvImportException(fileName, errors);
        }
        return new CsvImportResult(offers, warnings);
    }

    private static void readRow(CSVRecord record, Header header, CsvSource source, List<CsvProblem> errors,
            List<CsvProblem> warnings, List<Offer> offers) {
        int line = source.lineOf(record.getCharacterPosition());
        if (record.stream().allMatch(String::isBlank)) {
            return;
        }
        if (record.size() != header.size) {
            errors.add(new CsvProblem(line, null, Message.of(source.delimiter == ';' ? "import.csv.cellCount.semicolon"
                    : source.delimiter == '\t' ? "import.csv.cellCount.tab" : "import.csv.cellCount.comma",
                    line, record.size(), header.size)));
            return;
        }
        Map<OfferField, String> cells = new EnumMap<>(OfferField.class);
        header.columns.forEach((column, index) -> cells.put(column, FormulaGuard.unescape(record.get(index))));
        Offer offer = new OfferRowReader(line, cells, errors, warnings).read();
        if (offer != null) {
            offers.add(offer);
        }
    }

    private static CsvImportException refused(String fileName, int line, String column, Message message) {
        return new CsvImportException(fileName, List.of(new CsvProblem(line, column, message)));
    }

    /** The header line: which cell index holds which known column. */
    private static final class Header {
        final Map<OfferField, Integer> columns = new EnumMap<>(OfferField.class);
        int size;

        static Header read(CSVRecord record, CsvSource source, List<CsvProblem> errors, List<CsvProblem> warnings) {
            Header h = new Header();
            h.size = record.size();
            int line = source.lineOf(record.getCharacterPosition());
            Map<String, Integer> seen = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            List<String> nameless = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String name = FormulaGuard.unescape(record.get(i));
                String key = OfferCsvHeaders.normalise(name);
                if (key.isEmpty()) {
                    nameless.add(Integer.toString(i + 1));
                    continue;
                }
                Integer before = seen.putIfAbsent(key, i);
                if (before != null) {
                    errors.add(new CsvProblem(line, name.strip(), Message.of("import.csv.duplicateColumn", name.strip(),
                            before + 1, i + 1)));
                    continue;
                }
                Optional<OfferField> column = OfferCsvHeaders.byHeader(name);
                if (column.isPresent()) {
                    h.columns.put(column.get(), i);
                } else {
                    unknown.add(name.strip());
                }
            }
            IgnoredColumns.warn(line, unknown, nameless, warnings);
            List<String> missing = new ArrayList<>();
            for (OfferField c : OfferField.values()) {
                if (c.required() && !h.columns.containsKey(c)) {
                    missing.add(c.key());
                }
            }
            if (!missing.isEmpty()) {
                errors.add(new CsvProblem(line, null, Message.of(missing.size() > 1 ? "import.csv.missingColumns"
                        : "import.csv.missingColumn", String.join(", ", missing))));
            }
            return h;
        }
    }
}
