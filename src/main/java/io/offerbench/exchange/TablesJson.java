package io.offerbench.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.Coded;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.WeightProfile;
import io.offerbench.text.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The comparison's tables other than offers, in a comparison file: weight profiles, the user's own
 * benchmark rows, exchange rates and location factors. Each reads back into the domain record its
 * constructor checks, so a file cannot bring in a value the screens would refuse.
 */
final class TablesJson {

    private static final int SHORT_TEXT = 200;
    private static final int LONG_TEXT = 10_000;

    private TablesJson() {
    }

    static void writeProfile(WeightProfile p, ObjectNode n) {
        n.put("name", p.name());
        ObjectNode w = n.putObject("weights");
        p.weights().forEach((c, v) -> w.put(c.code(), Json.plain(v)));
    }

    static WeightProfile readProfile(JsonFields f) {
        String name = f.requiredText("name", SHORT_TEXT);
        JsonFields w = f.object("weights");
        if (w == null) {
            throw new JsonProblem(f.at("weights"), Message.of("import.comparison.weightsRequired"));
        }
        Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
        for (Iterator<String> it = w.names(); it.hasNext(); ) {
            String code = it.next();
            Criterion c = criterion(w, code);
            weights.put(c, w.nonNegative(code));
        }
        WeightProfile p = w.build(() -> new WeightProfile(name, weights));
        f.done();
        return p;
    }

    private static Criterion criterion(JsonFields w, String code) {
        for (Criterion c : Criterion.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new JsonProblem(w.at(code), Message.of("import.comparison.notCriterion", Coded.codes(Criterion.class)));
    }

    static void writeBenchmark(Benchmark b, ObjectNode n) {
        n.put("id", b.id());
        n.put("outlet", b.outlet());
        n.put("published", b.published());
        n.put("subject", b.subject());
        n.put("segment", b.segment().code());
        n.put("seniority", Json.code(b.seniority()));
        n.put("metric", b.metric().code());
        n.put("low", Json.plain(b.low()));
        n.put("high", Json.plain(b.high()));
        n.put("unit", BenchmarkUnit.codeOf(b.unit()));
        n.put("currency", b.currency() == null ? null : b.currency().code());
        n.put("as_of_year", b.asOfYear());
        n.put("quote", b.quote());
        n.put("caveat", b.caveat());
        n.put("hidden", b.hidden());
        n.put("kind", b.kind().code());
    }

    static Benchmark readBenchmark(JsonFields f) {
        String id = f.requiredText("id", SHORT_TEXT);
        Segment segment = required(f, "segment", f.code("segment", Segment.class));
        Metric metric = required(f, "metric", f.code("metric", Metric.class));
        String currency = f.string("currency");
        Benchmark b = f.build(() -> new Benchmark(id, "", f.text("outlet", SHORT_TEXT, false), f.text("published", SHORT_TEXT, false),
                f.text("subject", LONG_TEXT, true), segment, f.code("seniority", Seniority.class), metric, f.decimal("low"),
                f.decimal("high"), unit(f), currency == null ? null : currency(f, currency),
                f.integer("as_of_year", 0, 9999, 0), f.text("quote", LONG_TEXT, true), f.text("caveat", LONG_TEXT, true),
                Benchmark.Origin.USER, f.bool("hidden", false), f.code("kind", BenchmarkKind.class)));
        f.done();
        return b;
    }

    /** The row's unit: none when the field is absent or blank, else one of the units' codes. */
    private static BenchmarkUnit unit(JsonFields f) {
        String code = f.string("unit");
        return code == null || code.isBlank() ? null : f.code("unit", BenchmarkUnit.class);
    }

    static void writeRate(ExchangeRate r, ObjectNode n) {
        n.put("currency", r.currency().code());
        n.put("per_usd", Json.plain(r.perUsd()));
        n.put("as_of", r.asOf().toString());
        n.put("source", r.source());
    }

    static ExchangeRate readRate(JsonFields f) {
        String code = required(f, "currency", f.string("currency"));
        CurrencyCode currency = currency(f, code);
        BigDecimal perUsd = f.requiredDecimal("per_usd");
        if (perUsd.signum() > 0 && perUsd.stripTrailingZeros().scale() > 6) {
            // 1e-10 units per dollar is a typing slip that would make every amount in that currency worthless.
            throw new JsonProblem(f.at("per_usd"), Message.of("import.comparison.rate", perUsd.toPlainString()));
        }
        LocalDate asOf = required(f, "as_of", f.date("as_of"));
        ExchangeRate r = f.build(() -> new ExchangeRate(currency, perUsd, asOf, f.text("source", SHORT_TEXT, false)));
        f.done();
        return r;
    }

    static void writeFactor(LocationFactor lf, ObjectNode n) {
        n.put("kind", lf.kind().code());
        n.put("place", lf.place());
        n.put("value", Json.plain(lf.value()));
        n.put("note", lf.note());
    }

    static LocationFactor readFactor(JsonFields f) {
        LocationFactor.Kind kind = required(f, "kind", f.code("kind", LocationFactor.Kind.class));
        String place = f.requiredText("place", SHORT_TEXT);
        BigDecimal value = f.requiredDecimal("value");
        LocationFactor lf = f.build(() -> new LocationFactor(kind, place, value, f.text("note", LONG_TEXT, true)));
        f.done();
        return lf;
    }

    private static CurrencyCode currency(JsonFields f, String code) {
        try {
            return new CurrencyCode(code);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(f.at("currency"), Message.of(e));
        }
    }

    private static <T> T required(JsonFields f, String name, T value) {
        if (value == null) {
            throw new JsonProblem(f.at(name), Message.of("import.comparison.required"));
        }
        return value;
    }
}
