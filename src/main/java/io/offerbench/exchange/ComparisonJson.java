package io.offerbench.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Writes and reads comparison files ({@code *.offerbench.json}): one versioned JSON document,
 * {@code {"format":"offerbench","version":1,"exported_at":…,"offers":[…],…}}. Reading is all or
 * nothing: the first problem refuses the file with its JSON path and reason (see docs/sharing.md).
 */
public final class ComparisonJson {

    public static final String FORMAT = "offerbench";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".offerbench.json";

    /** Far more than any comparison; a larger file is a wrong pick, refused before it fills memory. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ComparisonJson() {
    }

    public static void write(Comparison c, Instant exportedAt, String application, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("exported_at", exportedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("application", application);
        ArrayNode offers = root.putArray("offers");
        c.offers().forEach(o -> OfferJson.write(o, offers.addObject()));
        ArrayNode profiles = root.putArray("weight_profiles");
        c.profiles().forEach(p -> TablesJson.writeProfile(p, profiles.addObject()));
        ArrayNode benchmarks = root.putArray("user_benchmarks");
        c.userBenchmarks().forEach(b -> TablesJson.writeBenchmark(b, benchmarks.addObject()));
        ArrayNode hidden = root.putArray("hidden_document_benchmarks");
        c.hiddenDocumentBenchmarks().forEach(hidden::add);
        ArrayNode rates = root.putArray("exchange_rates");
        c.rates().forEach(r -> TablesJson.writeRate(r, rates.addObject()));
        ArrayNode factors = root.putArray("location_factors");
        c.locationFactors().forEach(f -> TablesJson.writeFactor(f, factors.addObject()));
        ObjectNode settings = root.putObject("settings");
        c.settings().forEach(settings::put);
        MAPPER.writeValue(out, root);
    }

    /** Reads a whole comparison file, or refuses it naming the JSON path and the reason. */
    public static Comparison read(InputStream in, String fileName) throws IOException, ComparisonFormatException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ComparisonFormatException(fileName, "", Message.of("import.comparison.tooLargeFile"));
        }
        JsonNode root;
        JsonParser parser = MAPPER.createParser(bytes);
        try (parser) {
            root = MAPPER.readTree(parser);
            if (root == null) {
                throw new ComparisonFormatException(fileName, "", Message.of("json.syntax.notJson", Message.of("json.syntax.empty")));
            }
        } catch (JsonProcessingException e) {
            // Some refusals (a value too long) carry no place of their own: the parser's is where it stopped.
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new ComparisonFormatException(fileName, "", Message.of("json.syntax.notJson", JsonSyntaxWords.describe(e, at)));
        } catch (java.io.CharConversionException e) {
            throw new ComparisonFormatException(fileName, "", Message.of("json.syntax.notJson", Message.of("json.syntax.notUtf8")));
        }
        try {
            return ComparisonJsonReader.read(root);
        } catch (JsonProblem p) {
            throw new ComparisonFormatException(fileName, p.path, p.reason);
        }
    }

    /** Whether a file name says it is a comparison file rather than CSV. */
    public static boolean isComparisonName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
