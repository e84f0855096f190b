package io.offerbench.exchange.money;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.money.CostOfLivingIndex;
import io.offerbench.domain.money.CreditRule;
import io.offerbench.domain.money.FormulaTariff;
import io.offerbench.domain.money.LeftOutPlace;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.domain.money.Recapture;
import io.offerbench.domain.money.ReferenceRates;
import io.offerbench.domain.money.SourceRef;
import io.offerbench.domain.money.TaxBracket;
import io.offerbench.domain.money.TaxLayer;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.domain.money.TaxTable;
import io.offerbench.store.IoReasons;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the real-money data OfferBench ships — tax tables, cost-of-living indices and one day's
 * reference exchange rates — from the JSON files under {@code /io/offerbench/money/}. The files are
 * data, not code: each figure carries its source, year and the date it was read, and the places left
 * out say why. A malformed file is a build defect, reported with the file and the field.
 */
public final class MoneyDataset {

    public static final String TAXES = "/io/offerbench/money/tax-tables.json";
    public static final String COST_OF_LIVING = "/io/offerbench/money/cost-of-living.json";
    public static final String RATES = "/io/offerbench/money/exchange-rates.json";

    /**
     * Jackson's streaming parser, not an ObjectMapper: the window reads these files at every start, and making an
     * ObjectMapper loads some 600 classes (~170 ms of CPU in a fresh JVM) to build a tree the parser alone builds
     * in a tenth of that (docs/performance.md, "Start-up attempts").
     */
    private static final JsonFactory JSON = new JsonFactory();
    private static MoneyData bundled;

    private MoneyDataset() {
    }

    /** The shipped data, parsed once and shared (every record is immutable). */
    public static synchronized MoneyData bundled() {
        if (bundled == null) {
            bundled = parse(read(TAXES), read(COST_OF_LIVING), read(RATES));
        }
        return bundled;
    }

    static MoneyData parse(JsonNode taxes, JsonNode living, JsonNode rates) {
        LocalDate taxRead = date(taxes, "read", TAXES);
        List<TaxTable> tables = new ArrayList<>();
        for (JsonNode t : list(taxes, "tables", TAXES)) {
            tables.add(table(t, taxRead));
        }
        List<TaxPlace> places = new ArrayList<>();
        for (JsonNode p : list(taxes, "places", TAXES)) {
            places.add(new TaxPlace(text(p, "id", TAXES), text(p, "name", TAXES), strings(p, "countries"), strings(p, "cities"),
                    strings(p, "tables"), strings(p, "notes")));
        }
        LocalDate livingRead = date(living, "read", COST_OF_LIVING);
        List<CostOfLivingIndex> indices = new ArrayList<>();
        for (JsonNode i : list(living, "indices", COST_OF_LIVING)) {
            indices.add(new CostOfLivingIndex(text(i, "name", COST_OF_LIVING), text(i, "area", COST_OF_LIVING), strings(i, "countries"),
                    strings(i, "cities"), decimal(i, "index", COST_OF_LIVING), text(i, "year", COST_OF_LIVING),
                    source(i.get("source"), COST_OF_LIVING), sources(i, "checked_with", COST_OF_LIVING),
                    readOn(i, livingRead, COST_OF_LIVING), strings(i, "notes")));
        }
        return new MoneyData(text(taxes, "filing", TAXES), tables, places, leftOut(taxes, TAXES), indices,
                leftOut(living, COST_OF_LIVING), text(living, "method", COST_OF_LIVING), referenceRates(rates));
    }

    /** A table read on another day than the file's "read" date says so in its own "read". */
    private static TaxTable table(JsonNode t, LocalDate read) {
        List<TaxLayer> layers = new ArrayList<>();
        for (JsonNode l : list(t, "layers", TAXES)) {
            List<TaxBracket> brackets = new ArrayList<>();
            FormulaTariff formula = formula(l.get("formula"));
            if (formula != null && l.get("brackets") == null) {
                brackets.add(new TaxBracket(BigDecimal.ZERO, BigDecimal.ZERO));
            } else {
                for (JsonNode b : list(l, "brackets", TAXES)) {
                    brackets.add(new TaxBracket(new BigDecimal(b.get(0).asText()), new BigDecimal(b.get(1).asText())));
                }
            }
            layers.add(new TaxLayer(optionalDecimal(l, "allowance"), optionalDecimal(l, "taper_from"), optionalDecimal(l, "taper_rate"),
                    brackets, optionalDecimal(l, "credit"), optionalDecimal(l, "multiplier"), recapture(l.get("recapture")),
                    credits(l.get("credits")), l.path("of_tax").asBoolean(false), optionalDecimal(l, "abatement"), formula,
                    optionalDecimal(l, "minimum_base"), optionalDecimal(l, "fixed_amount")));
        }
        return new TaxTable(text(t, "id", TAXES), text(t, "part", TAXES), text(t, "jurisdiction", TAXES), text(t, "tax_year", TAXES),
                CurrencyCode.of(text(t, "currency", TAXES)), layers, sources(t, "sources", TAXES), sources(t, "checked_with", TAXES),
                readOn(t, read, TAXES), strings(t, "notes"), strings(t, "deducts"),
                t.hasNonNull("of") ? text(t, "of", TAXES) : null);
    }

    /** A formula tariff (Germany's): {"whole_units": true, "zones": [[from, origin, divisor, a, b, c], ...]}. */
    private static FormulaTariff formula(JsonNode f) {
        if (f == null || f.isNull()) {
            return null;
        }
        List<FormulaTariff.Zone> zones = new ArrayList<>();
        for (JsonNode z : list(f, "zones", TAXES)) {
            zones.add(new FormulaTariff.Zone(new BigDecimal(z.get(0).asText()), new BigDecimal(z.get(1).asText()), new BigDecimal(z.get(2).asText()),
                    new BigDecimal(z.get(3).asText()), new BigDecimal(z.get(4).asText()), new BigDecimal(z.get(5).asText())));
        }
        return new FormulaTariff(zones, f.path("whole_units").asBoolean(false));
    }

    /**
     * A non-refundable credit (Canada's): {"rate", "amounts": [{"name", "full", "reduced_to",
     * "reduced_from", "reduced_until"}], "contributions": [table ids or parts]}.
     */
    private static CreditRule credits(JsonNode c) {
        if (c == null || c.isNull()) {
            return null;
        }
        List<CreditRule.Amount> amounts = new ArrayList<>();
        JsonNode list = c.get("amounts");
        if (list != null) {
            for (JsonNode a : list) {
                amounts.add(new CreditRule.Amount(text(a, "name", TAXES), decimal(a, "full", TAXES), optionalDecimal(a, "reduced_to"),
                        optionalDecimal(a, "reduced_from"), optionalDecimal(a, "reduced_until")));
            }
        }
        return new CreditRule(decimal(c, "rate", TAXES), amounts, strings(c, "contributions"));
    }

    /** An entry's own "read" date when it was looked up later than the rest of its file, else the file's. */
    private static LocalDate readOn(JsonNode entry, LocalDate fileRead, String file) {
        return entry.has("read") ? date(entry, "read", file) : fileRead;
    }

    /** New York's recapture: {"from_income", "phase_in", "steps": [[from, base, incremental], ...], "flat_above"}. */
    private static Recapture recapture(JsonNode r) {
        if (r == null || r.isNull()) {
            return null;
        }
        List<Recapture.Step> steps = new ArrayList<>();
        for (JsonNode s : list(r, "steps", TAXES)) {
            steps.add(new Recapture.Step(new BigDecimal(s.get(0).asText()), new BigDecimal(s.get(1).asText()), new BigDecimal(s.get(2).asText())));
        }
        return new Recapture(decimal(r, "from_income", TAXES), decimal(r, "phase_in", TAXES), steps, optionalDecimal(r, "flat_above"));
    }

    private static ReferenceRates referenceRates(JsonNode r) {
        Map<CurrencyCode, BigDecimal> perEuro = new LinkedHashMap<>();
        JsonNode values = r.get("per_euro");
        if (values == null || !values.isObject()) {
            throw problem(RATES, "per_euro", "object");
        }
        values.fields().forEachRemaining(e -> perEuro.put(CurrencyCode.of(e.getKey()), new BigDecimal(e.getValue().asText())));
        return new ReferenceRates(date(r, "date", RATES), source(r.get("source"), RATES), sources(r, "checked_with", RATES),
                date(r, "read", RATES), perEuro);
    }

    private static List<LeftOutPlace> leftOut(JsonNode root, String file) {
        List<LeftOutPlace> out = new ArrayList<>();
        for (JsonNode p : list(root, "left_out", file)) {
            out.add(new LeftOutPlace(text(p, "name", file), strings(p, "countries"), strings(p, "cities"), text(p, "reason", file)));
        }
        return out;
    }

    private static List<SourceRef> sources(JsonNode n, String field, String file) {
        List<SourceRef> out = new ArrayList<>();
        JsonNode list = n.get(field);
        if (list != null) {
            list.forEach(s -> out.add(source(s, file)));
        }
        return out;
    }

    private static SourceRef source(JsonNode s, String file) {
        if (s == null || !s.isObject()) {
            throw problem(file, "source", "source");
        }
        return new SourceRef(text(s, "authority", file), text(s, "title", file), s.path("url").asText(""));
    }

    private static List<JsonNode> list(JsonNode n, String field, String file) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw problem(file, field, "list");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v != null) {
            v.forEach(s -> out.add(s.asText()));
        }
        return out;
    }

    private static String text(JsonNode n, String field, String file) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw problem(file, field, "text");
        }
        return v.textValue();
    }

    private static BigDecimal decimal(JsonNode n, String field, String file) {
        return new BigDecimal(text(n, field, file));
    }

    private static BigDecimal optionalDecimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : new BigDecimal(v.asText());
    }

    private static LocalDate date(JsonNode n, String field, String file) {
        return LocalDate.parse(text(n, field, file));
    }

    /** A build defect, said in the chosen language: the file, the field and what it must be ({@code data.bundled.must.*}). */
    private static IllegalStateException problem(String file, String field, String must) {
        return new IllegalStateException(Texts.get("data.bundled.malformed", file, field, Texts.get("data.bundled.must." + must)));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = MoneyDataset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(Texts.get("data.bundled.missing", resource));
            }
            try (JsonParser parser = JSON.createParser(in)) {
                return tree(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Texts.get("data.bundled.unreadable", resource, IoReasons.of(e)), e);
        }
    }

    /**
     * The tree {@code ObjectMapper.readTree} gives for the document {@code parser} is at, node type for node type
     * (an integer as the smallest of int, long and BigInteger that holds it, a fraction as a double), so every
     * {@code asText()} above reads the same; {@code MoneyDatasetTreeTest} compares the two on the shipped files.
     */
    static JsonNode tree(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        return first == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node(parser, JsonNodeFactory.instance);
    }

    private static JsonNode node(JsonParser p, JsonNodeFactory f) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.replace(name, node(p, f));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(node(p, f));
                }
                return a;
            }
            case VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return switch (p.getNumberType()) {
                    case BIG_DECIMAL -> f.numberNode(p.getDecimalValue());
                    case FLOAT -> f.numberNode(p.getFloatValue());
                    default -> f.numberNode(p.getDoubleValue());
                };
            }
            case VALUE_TRUE -> {
                return f.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return f.booleanNode(false);
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            default -> throw new IOException("unexpected " + p.currentToken() + " at " + p.currentLocation());
        }
    }
}
