package io.offerbench.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One market figure or signal with where it came from. Rows from the source documents carry the
 * document's file name and a verbatim quote and are read-only; users may add their own rows
 * ({@link Origin#USER}) and hide any row.
 *
 * @param id        stable identifier, such as "lambert-2023-newgrad-best"
 * @param seedFile  the source document's file name, blank for a user's own row
 * @param outlet    who published it (or, for a user row, where the user got it)
 * @param published publication date as the document gives it, ISO style where known ("2023-10-11", "2025")
 * @param seniority the career stage the figure describes, null for any
 * @param low       lower end of the range, null for "under"
 * @param high      upper end of the range, null for "upwards of"
 * @param unit      how to read low/high, null when not given (a qualitative signal)
 * @param currency  currency of low/high when they are money, else null
 * @param asOfYear  the year the figure describes
 * @param kind      what kind of figure this is; only {@link BenchmarkKind#TYPICAL} rows give market verdicts
 * @param informs   the criterion whose explanation this row feeds (a qualitative signal such as "most
 *                  universities can't afford" the compute, next to compute), or null when it informs none
 */
public record Benchmark(
        String id,
        String seedFile,
        String outlet,
        String published,
        String subject,
        Segment segment,
        Seniority seniority,
        Metric metric,
        BigDecimal low,
        BigDecimal high,
        BenchmarkUnit unit,
        CurrencyCode currency,
        int asOfYear,
        String quote,
        String caveat,
        Origin origin,
        boolean hidden,
        BenchmarkKind kind,
        Criterion informs) {

    public enum Origin { DOCUMENT, USER }

    public Benchmark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(origin, "origin");
        seedFile = seedFile == null ? "" : seedFile;
        outlet = outlet == null ? "" : outlet;
        published = published == null ? "" : published;
        subject = subject == null ? "" : subject;
        quote = quote == null ? "" : quote;
        caveat = caveat == null ? "" : caveat;
        kind = kind == null ? BenchmarkKind.defaultFor(metric) : kind;
        if (id.isBlank()) {
            throw Refusal.of("benchmark.noId");
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw Refusal.of("benchmark.lowAboveHigh", id, low.toPlainString(), high.toPlainString());
        }
    }

    /** A row that informs no criterion (every row from before rows named one). */
    public Benchmark(String id, String seedFile, String outlet, String published, String subject, Segment segment,
            Seniority seniority, Metric metric, BigDecimal low, BigDecimal high, BenchmarkUnit unit, CurrencyCode currency,
            int asOfYear, String quote, String caveat, Origin origin, boolean hidden, BenchmarkKind kind) {
        this(id, seedFile, outlet, published, subject, segment, seniority, metric, low, high, unit, currency, asOfYear,
                quote, caveat, origin, hidden, kind, null);
    }

    /** A row from before kinds existed: its kind follows from its metric ({@link BenchmarkKind#defaultFor}). */
    public Benchmark(String id, String seedFile, String outlet, String published, String subject, Segment segment,
            Seniority seniority, Metric metric, BigDecimal low, BigDecimal high, BenchmarkUnit unit, CurrencyCode currency,
            int asOfYear, String quote, String caveat, Origin origin, boolean hidden) {
        this(id, seedFile, outlet, published, subject, segment, seniority, metric, low, high, unit, currency, asOfYear,
                quote, caveat, origin, hidden, null);
    }

    public boolean isTypical() {
        return kind == BenchmarkKind.TYPICAL;
    }

    public boolean isRange() {
        return low != null && high != null && low.compareTo(high) != 0;
    }

    public boolean isFromDocument() {
        return origin == Origin.DOCUMENT;
    }

    public Benchmark withHidden(boolean h) {
        return new Benchmark(id, seedFile, outlet, published, subject, segment, seniority, metric, low, high, unit,
                currency, asOfYear, quote, caveat, origin, h, kind, informs);
    }

    /** The same row feeding {@code criterion}'s explanation (null: none). */
    public Benchmark withInforms(Criterion criterion) {
        return new Benchmark(id, seedFile, outlet, published, subject, segment, seniority, metric, low, high, unit,
                currency, asOfYear, quote, caveat, origin, hidden, kind, criterion);
    }
}
