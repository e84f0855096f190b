package io.offerbench.text;

import io.offerbench.domain.Benchmark;
import java.util.MissingResourceException;

/**
 * A shipped benchmark row's subject and caveat — our own words about a figure, not the source's — in the reader's
 * language. The dataset keeps the English (it is the record, and what the command line's JSON prints); each shipped
 * row also has the bundle keys {@code benchmark.subject.<id>} and {@code benchmark.caveat.<id>}, so the Benchmarks
 * pane, the report and the generated docs show them in English or Chinese. The quote stays as the document wrote
 * it. A user's own row keeps its text as typed; a shipped row without a key falls back to the dataset's text.
 */
public final class BenchmarkTexts {

    private BenchmarkTexts() {
    }

    public static String subject(Benchmark b) {
        return b.isFromDocument() ? text(subjectKey(b.id()), b.subject()) : b.subject();
    }

    /**
     * The subject of the row {@code id} where only its id and English subject travel (a market context line): a
     * shipped row's words in the reader's language; a user's row (ids "user-…", which have no key) as typed.
     */
    public static String subject(String id, String english) {
        return text(subjectKey(id), english);
    }

    public static String caveat(Benchmark b) {
        return b.isFromDocument() && !b.caveat().isBlank() ? text(caveatKey(b.id()), b.caveat()) : b.caveat();
    }

    public static String subjectKey(String id) {
        return "benchmark.subject." + id;
    }

    public static String caveatKey(String id) {
        return "benchmark.caveat." + id;
    }

    /** The bundle's text, read as written (no MessageFormat: these sentences take no arguments). */
    private static String text(String key, String english) {
        try {
            return Texts.bundle().getString(key);
        } catch (MissingResourceException e) {
            return english;
        }
    }
}
