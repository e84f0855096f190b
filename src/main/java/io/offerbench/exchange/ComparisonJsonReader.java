package io.offerbench.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.WeightProfile;
import io.offerbench.domain.input.ParseResult;
import io.offerbench.domain.input.TextInput;
import io.offerbench.text.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The top level of a comparison file: checks it is an OfferBench file of a version this program
 * reads before looking at anything else, then reads each section. A name that appears twice in one
 * section (two profiles called "Advisor") is refused, since one of them would silently be lost.
 */
final class ComparisonJsonReader {

    private static final int SETTING_LENGTH = 10_000;

    private ComparisonJsonReader() {
    }

    static Comparison read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new JsonProblem("", Message.of("import.comparison.notComparison", Json.kind(root)));
        }
        JsonFields top = JsonFields.of(root, "");
        checkFormatAndVersion(top);
        top.instant("exported_at");
        top.text("application", 200, false);
        List<SharedOffer> offers = new ArrayList<>();
        for (JsonFields.Element e : top.array("offers")) {
            offers.add(OfferJson.read(e.fields()));
        }
        List<WeightProfile> profiles = unique(top, "weight_profiles", TablesJson::readProfile, WeightProfile::name, "name");
        List<Benchmark> benchmarks = unique(top, "user_benchmarks", TablesJson::readBenchmark, Benchmark::id, "id");
        Set<String> hidden = new LinkedHashSet<>();
        for (JsonFields.Element e : top.array("hidden_document_benchmarks")) {
            if (!e.node().isTextual() || e.node().textValue().isBlank()) {
                throw new JsonProblem(e.path(), Message.of("import.comparison.benchmarkId", Json.kind(e.node())));
            }
            hidden.add(e.node().textValue());
        }
        List<ExchangeRate> rates = unique(top, "exchange_rates", TablesJson::readRate, r -> r.currency().code(), "currency");
        List<LocationFactor> factors = unique(top, "location_factors", TablesJson::readFactor,
                f -> f.kind().code() + "/" + f.place().toLowerCase(Locale.ROOT), "place");
        Map<String, String> settings = settings(top.object("settings"));
        top.done();
        return new Comparison(offers, profiles, benchmarks, hidden, rates, factors, settings);
    }

    private static void checkFormatAndVersion(JsonFields top) {
        String f;
        try {
            f = top.string("format");
        } catch (JsonProblem notText) {
            f = ""; // a number or object there: still not one of ours
        }
        if (!ComparisonJson.FORMAT.equals(f)) {
            throw new JsonProblem("format", Message.of(f == null ? "import.comparison.formatMissing" : "import.comparison.formatWrong"));
        }
        Integer version;
        try {
            version = top.integer("version");
        } catch (JsonProblem p) {
            throw new JsonProblem("version", Message.of("import.comparison.versionNotWhole"));
        }
        if (version == null) {
            throw new JsonProblem("version", Message.of("import.comparison.versionMissing"));
        }
        if (version > ComparisonJson.VERSION) {
            throw new JsonProblem("version", Message.of("import.comparison.versionNewer", version, ComparisonJson.VERSION));
        }
        if (version < 1) {
            throw new JsonProblem("version", Message.of("import.comparison.versionLow", version));
        }
    }

    private static <T> List<T> unique(JsonFields top, String section, Function<JsonFields, T> reader,
            Function<T, String> key, String keyField) {
        List<T> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (JsonFields.Element e : top.array(section)) {
            T value = reader.apply(e.fields());
            String before = seen.putIfAbsent(key.apply(value), e.path());
            if (before != null) {
                throw new JsonProblem(e.path() + "." + keyField, Message.of("import.comparison.duplicate", keyField, before));
            }
            out.add(value);
        }
        return out;
    }

    private static Map<String, String> settings(JsonFields f) {
        Map<String, String> out = new LinkedHashMap<>();
        if (f == null) {
            return out;
        }
        for (Iterator<String> it = f.names(); it.hasNext(); ) {
            String key = it.next();
            if (!SettingsBlock.carried(key)) {
                // window preferences stay on their own computer, and keys OfferBench does not know
                // (a newer version's, a hand-edited file's) are read past: nothing unchecked is stored
                f.has(key);
                continue;
            }
            if (!TextInput.required(key, "key", 200, false).isOk()) {
                throw new JsonProblem(f.at(key), Message.of("import.comparison.settingName"));
            }
            String value = f.string(key);
            if (value == null) {
                throw new JsonProblem(f.at(key), Message.of("import.comparison.text", Message.of("import.comparison.kind.null")));
            }
            String stored = checked(f, key, value);
            java.util.Optional<String> wrong = SettingsBlock.problem(key, stored);
            if (wrong.isPresent()) {
                throw new JsonProblem(f.at(key), wrong.get());
            }
            out.put(key, stored);
        }
        return out;
    }

    private static String checked(JsonFields f, String key, String value) {
        var r = TextInput.text(value, key, SETTING_LENGTH, true);
        if (r instanceof ParseResult.Error<String> e) {
            throw new JsonProblem(f.at(key), Message.of(e.problem()));
        }
        if (key.endsWith("home_currency")) {
            try {
                return io.offerbench.domain.CurrencyCode.of(value).code();
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(f.at(key), Message.of("json.setting.currency", value));
            }
        }
        return value;
    }
}
