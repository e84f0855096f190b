package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.text.Formats;
import io.offerbench.text.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The source documents' titles, as each document prints its own (verbatim, so never translated), by file name:
 * a benchmark's source is shown by outlet, title and date, while the file name stays in the data for tracing.
 * Read from {@code benchmarks/documents.csv} beside the dataset.
 */
public final class SourceDocuments {

    private static final Map<String, String> TITLES = load();

    private SourceDocuments() {
    }

    /** The document's own title, or empty for a user's row or a file the list does not know. */
    public static Optional<String> title(String seedFile) {
        return Optional.ofNullable(TITLES.get(seedFile));
    }

    /**
     * "Interconnects (Nathan Lambert), “The AI research job market …”, 2023-10-11" — the row's outlet, its document's
     * title and its publication date in the chosen language; a user's row says it is the user's own.
     */
    public static String source(Benchmark b) {
        if (!b.isFromDocument()) {
            return Texts.get("benchmark.source.own");
        }
        String outlet = b.outlet().isBlank() ? Texts.get("benchmark.source.noOutlet") : b.outlet();
        String published = Formats.published(b.published());
        return title(b.seedFile())
                .map(t -> published.isBlank() ? Texts.get("benchmark.source.titled.undated", outlet, t) : Texts.get("benchmark.source.titled", outlet, t, published))
                .orElseGet(() -> published.isBlank() ? outlet : Texts.get("benchmark.source.untitled", outlet, published));
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = SourceDocuments.class.getResourceAsStream("/io/offerbench/benchmarks/documents.csv")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    out.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
