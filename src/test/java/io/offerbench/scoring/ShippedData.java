package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.exchange.BenchmarkDataset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The benchmark rows and exchange rates OfferBench ships, as a user sees them on first start. */
final class ShippedData {

    private ShippedData() {
    }

    static List<Benchmark> benchmarks() {
        return BenchmarkDataset.bundled().benchmarks();
    }

    static CurrencyTable currencies() {
        return new CurrencyTable(BenchmarkDataset.bundled().defaultExchangeRates());
    }

    static ScoringContext context() {
        return ScoringContext.defaults(currencies(), benchmarks());
    }

    /** The shipped rows plus the user's own rows. */
    static ScoringContext contextWith(Benchmark... own) {
        List<Benchmark> all = new ArrayList<>(benchmarks());
        all.addAll(List.of(own));
        return ScoringContext.defaults(currencies(), all);
    }

    /** A user's own row of the given kind, in USD per year. */
    static Benchmark own(String id, Segment segment, Seniority seniority, Metric metric, String low, String high, BenchmarkKind kind) {
        return new Benchmark(id, "", "my lab mates' offers", "2025", "Offers my lab mates got", segment, seniority, metric,
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high),
                metric == Metric.SIGN_ON_BONUS ? BenchmarkUnit.ONE_OFF : BenchmarkUnit.PER_YEAR, CurrencyCode.USD, 2025, "", "", Benchmark.Origin.USER, false,
                kind);
    }
}
