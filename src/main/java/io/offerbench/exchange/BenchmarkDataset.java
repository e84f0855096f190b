package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Metric;
import io.offerbench.store.IoReasons;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The market benchmarks bundled with the application, extracted from the five source documents.
 * The store seeds its benchmark table from {@link #benchmarks()} and reloads whenever
 * {@link #version()} differs from the version it recorded, so a corrected dataset reaches
 * existing users on upgrade.
 */
public final class BenchmarkDataset {

    /** Classpath location of the dataset. */
    public static final String RESOURCE = "/io/offerbench/benchmarks/benchmarks.csv";

    private static final String RESOURCE_NAME = "benchmarks.csv";

    /** Parsed on first use and then shared; a failed load is not cached, so its error repeats clearly. */
    private static BenchmarkDataset bundled;

    private final List<Benchmark> benchmarks;
    private final String version;

    private BenchmarkDataset(List<Benchmark> benchmarks, String version) {
        this.benchmarks = List.copyOf(benchmarks);
        this.version = version;
    }

    /**
     * The dataset shipped inside the application. Parsed once and shared; the rows are immutable.
     *
     * @throws IllegalStateException    when the resource is missing from the build
     * @throws BenchmarkFormatException when the bundled file is malformed (a build defect the tests catch)
     */
    public static synchronized BenchmarkDataset bundled() {
        if (bundled == null) {
            bundled = loadBundled();
        }
        return bundled;
    }

    /** Parses a dataset from raw CSV bytes (UTF-8, optional byte-order mark); {@code sourceName} names it in errors. */
    public static BenchmarkDataset fromBytes(byte[] csv, String sourceName) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new BenchmarkDataset(BenchmarkCsvReader.read(new StringReader(text), sourceName), versionOf(csv));
    }

    /** A short fingerprint of the CSV content: the first 16 hex digits of its SHA-256. */
    public static String versionOf(byte[] csv) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(csv);
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256, which every Java runtime must provide", e);
        }
    }

    public List<Benchmark> benchmarks() {
        return benchmarks;
    }

    /** Changes whenever the dataset's bytes change. */
    public String version() {
        return version;
    }

    /**
     * Exchange rates the documents imply, one per currency (the most recent when several rows give one),
     * dated by the document's publication date and naming the row they came from. Currencies the
     * documents say nothing about get no rate: the user must enter those.
     */
    public List<ExchangeRate> defaultExchangeRates() {
        Map<CurrencyCode, ExchangeRate> latest = new LinkedHashMap<>();
        for (Benchmark b : benchmarks) {
            if (b.metric() != Metric.EXCHANGE_RATE) {
                continue;
            }
            ExchangeRate rate = new ExchangeRate(b.currency(), b.low(), BenchmarkCsvReader.firstDayOf(b.published()),
                    "benchmark " + b.id() + " (" + b.outlet() + ", " + b.published() + "; implied by the document)"); // not user text: the stored rate source, which text.RateSourceWords words when shown
            latest.merge(b.currency(), rate, (old, now) -> now.asOf().isAfter(old.asOf()) ? now : old);
        }
        return List.copyOf(latest.values());
    }

    private static BenchmarkDataset loadBundled() {
        try (InputStream in = BenchmarkDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(Texts.get("data.benchmarks.missing", RESOURCE));
            }
            return fromBytes(in.readAllBytes(), RESOURCE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(Texts.get("data.benchmarks.unreadable", RESOURCE, IoReasons.of(e)), e);
        }
    }
}
