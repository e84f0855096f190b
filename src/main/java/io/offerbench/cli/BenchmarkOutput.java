package io.offerbench.cli;

import io.offerbench.exchange.SourceDocuments;
import io.offerbench.text.Formats;
import io.offerbench.text.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.exchange.FormulaGuard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Benchmark rows in the command line's formats: a table to read, CSV for a spreadsheet, JSON for scripts. */
final class BenchmarkOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Every field, in the order the CSV columns, the JSON objects and --id show them. */
    static final List<String> FIELDS = List.of("id", "subject", "segment", "seniority", "metric", "low", "high", "unit", "currency",
            "figure", "as_of_year", "source_document", "outlet", "published", "quote", "caveat", "own", "hidden", "kind", "title", "source",
            "informs", "informs_name");

    private BenchmarkOutput() {
    }

    static TextTable table(List<Benchmark> rows, boolean withHidden) {
        List<String> header = new ArrayList<>();
        for (String column : List.of("id", "segment", "metric", "kind", "figure", "document", "date", "own")) {
            header.add(Texts.get("cli.benchmarks.col." + column));
        }
        if (withHidden) {
            header.add(Texts.get("cli.benchmarks.col.hidden"));
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (Benchmark b : rows) {
            // Codes stay in CSV and JSON (scripts read them); a person reads the labels of the chosen language.
            List<String> cells = new ArrayList<>(List.of(b.id(), Texts.label(b.segment()), Texts.label(b.metric()), Texts.label(b.kind()),
                    BenchmarkWording.figure(b), b.isFromDocument() ? SourceDocuments.title(b.seedFile()).orElse(b.outlet()) : "-",
                    Formats.published(b.published()), b.isFromDocument() ? "" : Texts.get("cli.benchmarks.own")));
            if (withHidden) {
                cells.add(b.hidden() ? Texts.get("cli.benchmarks.hidden") : "");
            }
            t.row(cells.toArray(String[]::new));
        }
        return t;
    }

    /** One row, every field on its own line; control characters shown as '?', as in tables. */
    static void full(Benchmark b, PrintWriter out) {
        List<String> values = values(b);
        int width = FIELDS.stream().mapToInt(String::length).max().orElse(0) + 2;
        for (int i = 0; i < FIELDS.size(); i++) {
            String name = FIELDS.get(i);
            out.println(name + ":" + " ".repeat(width - name.length() - 1) + values.get(i).replaceAll("\\p{Cntrl}", "?"));
        }
    }

    static String csv(List<Benchmark> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(FIELDS);
            for (Benchmark b : rows) {
                p.printRecord(values(b).stream().map(FormulaGuard::escape).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static String json(List<Benchmark> rows) throws JsonProcessingException {
        ArrayNode array = JSON.createArrayNode();
        rows.forEach(b -> array.add(node(b)));
        return JSON.writeValueAsString(array);
    }

    static String json(Benchmark b) throws JsonProcessingException {
        return JSON.writeValueAsString(node(b));
    }

    private static ObjectNode node(Benchmark b) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", b.id());
        o.put("subject", b.subject());
        o.put("segment", b.segment().code());
        o.put("seniority", b.seniority() == null ? null : b.seniority().code());
        o.put("metric", b.metric().code());
        o.put("low", b.low());
        o.put("high", b.high());
        o.put("unit", BenchmarkUnit.codeOf(b.unit()));
        o.put("currency", b.currency() == null ? null : b.currency().code());
        o.put("figure", BenchmarkWording.figure(b));
        o.put("as_of_year", b.asOfYear());
        o.put("source_document", b.seedFile());
        o.put("outlet", b.outlet());
        o.put("published", b.published());
        o.put("quote", b.quote());
        o.put("caveat", b.caveat());
        o.put("own", !b.isFromDocument());
        o.put("hidden", b.hidden());
        o.put("kind", b.kind().code());
        o.put("title", SourceDocuments.title(b.seedFile()).orElse(""));
        o.put("source", SourceDocuments.source(b));
        // Added fields: the criterion the row feeds (its code, "none" for a qualitative row feeding none, null
        // where the question does not arise) and that criterion's name as the window shows it.
        o.put("informs", informs(b));
        o.put("informs_name", io.offerbench.text.SignalWords.informs(b));
        // Added fields (names are an interface: never renamed): the codes' labels in the chosen language.
        o.put("segment_label", Texts.label(b.segment()));
        o.put("metric_label", Texts.label(b.metric()));
        o.put("kind_label", Texts.label(b.kind()));
        // Our own words about a shipped row in the chosen language (a user's row as typed); "subject"/"caveat" stay the record.
        o.put("subject_text", io.offerbench.text.BenchmarkTexts.subject(b));
        o.put("caveat_text", io.offerbench.text.BenchmarkTexts.caveat(b));
        return o;
    }

    /** The text of each of {@link #FIELDS}, in that order. */
    private static List<String> values(Benchmark b) {
        return List.of(b.id(), b.subject(), b.segment().code(), b.seniority() == null ? "" : b.seniority().code(), b.metric().code(),
                plain(b.low()), plain(b.high()), BenchmarkUnit.codeOf(b.unit()), b.currency() == null ? "" : b.currency().code(), BenchmarkWording.figure(b),
                String.valueOf(b.asOfYear()), b.seedFile(), b.outlet(), b.published(), b.quote(), b.caveat(),
                String.valueOf(!b.isFromDocument()), String.valueOf(b.hidden()), b.kind().code(),
                SourceDocuments.title(b.seedFile()).orElse(""), SourceDocuments.source(b), Objects.toString(informs(b), ""),
                io.offerbench.text.SignalWords.informs(b));
    }

    /** As the dataset's informs column: a criterion code, "none" for a qualitative row, else null. */
    static String informs(Benchmark b) {
        if (b.informs() != null) {
            return b.informs().code();
        }
        return b.kind() == io.offerbench.domain.BenchmarkKind.QUALITATIVE ? io.offerbench.exchange.BenchmarkCsvReader.INFORMS_NONE : null;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
