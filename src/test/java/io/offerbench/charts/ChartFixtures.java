package io.offerbench.charts;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.exchange.BenchmarkDataset;
import io.offerbench.exchange.OfferCsvImporter;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.WeightPresets;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sample offers from docs/ scored against the bundled benchmark dataset, as the app would score them. */
public final class ChartFixtures {

    public static final ChartTexts TEXTS = ChartTexts.standard();

    private ChartFixtures() {
    }

    /** The five sample offers with ids 1..5, in file order. */
    public static List<Offer> sampleOffers() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("docs/sample-offers.csv"))) {
            List<Offer> parsed = OfferCsvImporter.parse(in, "sample-offers.csv").offers();
            List<Offer> out = new ArrayList<>();
            for (int i = 0; i < parsed.size(); i++) {
                out.add(parsed.get(i).withId(i + 1));
            }
            return out;
        }
    }

    public static ComparedOffers sample() throws Exception {
        List<Offer> offers = sampleOffers();
        BenchmarkDataset data = BenchmarkDataset.bundled();
        ScoringContext ctx = ScoringContext.defaults(new CurrencyTable(data.defaultExchangeRates()), data.benchmarks());
        return inOfferOrder(OfferScorer.rank(offers, WeightPresets.balanced(), ctx), offers);
    }

    /**
     * The sample offers against the bundled dataset plus typical rows of the user's own (the documents
     * have none, so only such rows draw a market band): frontier-lab and big-tech new-grad offers.
     */
    public static ComparedOffers sampleWithTypicalRows() throws Exception {
        List<Offer> offers = sampleOffers();
        BenchmarkDataset data = BenchmarkDataset.bundled();
        List<Benchmark> rows = new ArrayList<>(data.benchmarks());
        rows.add(typical(row("mine-frontier", "Lab mates", "2025", Segment.FRONTIER_LAB, "350000", "550000")));
        rows.add(typical(row("mine-big-tech", "Lab mates", "2025", Segment.BIG_TECH, "250000", "400000")));
        rows.add(typical(new Benchmark("mine-china", "", "Friends", "2025", "", Segment.CHINA_LAB, null, Metric.ANNUAL_INCOME,
                new BigDecimal("1540000"), new BigDecimal("1540000"), BenchmarkUnit.PER_YEAR, CurrencyCode.CNY, 2025, "", "",
                Benchmark.Origin.USER, false)));
        ScoringContext ctx = ScoringContext.defaults(new CurrencyTable(data.defaultExchangeRates()), rows);
        return inOfferOrder(OfferScorer.rank(offers, WeightPresets.balanced(), ctx), offers);
    }

    private static Benchmark typical(Benchmark b) {
        return new Benchmark(b.id(), b.seedFile(), b.outlet(), b.published(), b.subject(), b.segment(), b.seniority(), b.metric(),
                b.low(), b.high(), b.unit(), b.currency(), b.asOfYear(), b.quote(), b.caveat(), Benchmark.Origin.USER, false,
                io.offerbench.domain.BenchmarkKind.TYPICAL);
    }

    /** Scores listed in the offers' order (as the compare view lists them), not rank order. */
    static ComparedOffers inOfferOrder(Ranking ranking, List<Offer> offers) {
        List<OfferScore> ordered = offers.stream().map(o -> ranking.scores().stream()
                .filter(s -> s.offer().id() == o.id()).findFirst().orElseThrow()).toList();
        return new ComparedOffers(ordered, CurrencyCode.USD, ranking.weights().name());
    }

    /**
     * Two offers whose only benchmarks are open-ended: one "upwards of $500,000" row for frontier
     * labs and one "under $400,000" row for big tech.
     */
    static ComparedOffers openEnded() {
        Benchmark upwards = row("test-upwards", "Semafor", "2023-12-15", Segment.FRONTIER_LAB, "500000", null);
        Benchmark under = row("test-under", "Interconnects", "2023-10-11", Segment.BIG_TECH, null, "400000");
        List<Offer> offers = List.of(offer(1, "Lab", OfferType.FRONTIER_LAB, "450000"), offer(2, "BigCo", OfferType.BIG_TECH_RESEARCH, "250000"));
        ScoringContext ctx = ScoringContext.defaults(new CurrencyTable(List.of()), List.of(upwards, under));
        return inOfferOrder(OfferScorer.rank(offers, WeightPresets.balanced(), ctx), offers);
    }

    private static Offer offer(long id, String company, OfferType type, String base) {
        return Offer.builder().id(id).company(company).type(type).seniority(Seniority.NEW_GRAD_PHD).currency(CurrencyCode.USD)
                .pay(Compensation.ofBase(new BigDecimal(base))).build();
    }

    private static Benchmark row(String id, String outlet, String published, Segment segment, String low, String high) {
        return new Benchmark(id, "", outlet, published, "", segment, Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE,
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high), BenchmarkUnit.PER_YEAR, CurrencyCode.USD,
                2023, "quote", "", Benchmark.Origin.DOCUMENT, false);
    }
}
