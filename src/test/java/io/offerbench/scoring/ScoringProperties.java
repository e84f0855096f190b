package io.offerbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.VisaSupport;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScoringProperties {

    private static final BigDecimal CNY_PER_USD = new BigDecimal("7.16");
    private static final ScoringContext CTX = Fixtures.context();
    private static final PayScale SCALE = PayScale.from(CTX);

    /** Everything an offer is scored on, as numbers; "ord" fields are enum ordinals. */
    record Inputs(int base, int bonus, int signOn, int grant, int refresher, boolean privateEquity, int freedom, int publicationOrd,
            int computeOrd, int topicOrd, int team, int role, int product, int stability, int hours, int commute, int visaOrd) {

        /** Pointwise better of two inputs: more pay, more freedom, better policies, fewer hours. */
        Inputs best(Inputs o) {
            return new Inputs(Math.max(base, o.base), Math.max(bonus, o.bonus), Math.max(signOn, o.signOn), Math.max(grant, o.grant),
                    Math.max(refresher, o.refresher), privateEquity, Math.max(freedom, o.freedom), Math.min(publicationOrd, o.publicationOrd),
                    Math.max(computeOrd, o.computeOrd), Math.min(topicOrd, o.topicOrd), Math.max(team, o.team), Math.max(role, o.role),
                    Math.max(product, o.product), Math.max(stability, o.stability), Math.min(hours, o.hours), Math.min(commute, o.commute),
                    Math.min(visaOrd, o.visaOrd));
        }

        Inputs worst(Inputs o) {
            return new Inputs(Math.min(base, o.base), Math.min(bonus, o.bonus), Math.min(signOn, o.signOn), Math.min(grant, o.grant),
                    Math.min(refresher, o.refresher), privateEquity, Math.min(freedom, o.freedom), Math.max(publicationOrd, o.publicationOrd),
                    Math.min(computeOrd, o.computeOrd), Math.max(topicOrd, o.topicOrd), Math.min(team, o.team), Math.min(role, o.role),
                    Math.min(product, o.product), Math.min(stability, o.stability), Math.max(hours, o.hours), Math.max(commute, o.commute),
                    Math.max(visaOrd, o.visaOrd));
        }

        Inputs morePay(int extraBase, int extraBonus, int extraGrant) {
            return new Inputs(base + extraBase, bonus + extraBonus, signOn, grant + extraGrant, refresher, privateEquity, freedom,
                    publicationOrd, computeOrd, topicOrd, team, role, product, stability, hours, commute, visaOrd);
        }

        Offer toOffer(String company, OfferType type, CurrencyCode currency, BigDecimal perUsd) {
            return Offer.builder().company(company).type(type).seniority(Seniority.NEW_GRAD_PHD).currency(currency)
                    .pay(new Compensation(amount(base, perUsd), amount(bonus, perUsd), null, amount(signOn, perUsd), 2, null))
                    .equity(new EquityGrant(amount(grant, perUsd), privateEquity ? EquityType.PRIVATE_EQUITY : EquityType.PUBLIC_RSU,
                            VestingSchedule.even(4, 12), amount(refresher, perUsd)))
                    .criteria(new Criteria(freedom, PublicationPolicy.values()[publicationOrd], ComputeAccess.values()[computeOrd],
                            TopicFit.values()[topicOrd], team, role, product, stability, hours, commute, VisaSupport.values()[visaOrd]))
                    .build();
        }

        private static BigDecimal amount(int usd, BigDecimal perUsd) {
            return BigDecimal.valueOf(usd).multiply(perUsd);
        }
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Builders.withBuilder(() -> new int[17])
                .use(Arbitraries.integers().between(0, 1_000_000)).in((a, v) -> { a[0] = v; return a; })
                .use(Arbitraries.integers().between(0, 200_000)).in((a, v) -> { a[1] = v; return a; })
                .use(Arbitraries.integers().between(0, 200_000)).in((a, v) -> { a[2] = v; return a; })
                .use(Arbitraries.integers().between(0, 2_000_000)).in((a, v) -> { a[3] = v; return a; })
                .use(Arbitraries.integers().between(0, 300_000)).in((a, v) -> { a[4] = v; return a; })
                .use(Arbitraries.integers().between(0, 1)).in((a, v) -> { a[5] = v; return a; })
                .use(Arbitraries.integers().between(0, 100)).in((a, v) -> { a[6] = v; return a; })
                .use(Arbitraries.integers().between(0, 2)).in((a, v) -> { a[7] = v; return a; })
                .use(Arbitraries.integers().between(0, 4)).in((a, v) -> { a[8] = v; return a; })
                .use(Arbitraries.integers().between(0, 3)).in((a, v) -> { a[9] = v; return a; })
                .use(Arbitraries.integers().between(1, 5).list().ofSize(4)).in((a, v) -> {
                    a[10] = v.get(0); a[11] = v.get(1); a[12] = v.get(2); a[13] = v.get(3); return a; })
                .use(Arbitraries.integers().between(20, 100)).in((a, v) -> { a[14] = v; return a; })
                .use(Arbitraries.integers().between(0, 150)).in((a, v) -> { a[15] = v; return a; })
                .use(Arbitraries.integers().between(0, 3)).in((a, v) -> { a[16] = v; return a; })
                .build(a -> new Inputs(a[0], a[1], a[2], a[3], a[4], a[5] == 1, a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13],
                        a[14], a[15], a[16]));
    }

    @Provide
    Arbitrary<WeightProfile> weights() {
        return Arbitraries.integers().between(0, 100).list().ofSize(Criterion.values().length)
                .filter(ws -> ws.stream().anyMatch(w -> w > 0))
                .map(ws -> {
                    Map<Criterion, BigDecimal> m = new EnumMap<>(Criterion.class);
                    for (Criterion c : Criterion.values()) {
                        m.put(c, BigDecimal.valueOf(ws.get(c.ordinal())));
                    }
                    return new WeightProfile("random", m);
                });
    }

    @Provide
    Arbitrary<OfferType> industryTypes() {
        return Arbitraries.of(OfferType.FRONTIER_LAB, OfferType.BIG_TECH_RESEARCH, OfferType.AI_STARTUP, OfferType.QUANT_FIRM,
                OfferType.NON_US_LAB, OfferType.NONPROFIT_INSTITUTE);
    }

    private static Offer usd(Inputs in, String company, OfferType type) {
        return in.toOffer(company, type, CurrencyCode.USD, BigDecimal.ONE);
    }

    private static BigDecimal total(Offer o, WeightProfile w) {
        return OfferScorer.score(o, w, CTX, SCALE).total();
    }

    @Property(tries = 200)
    void anOfferAtLeastAsGoodOnEveryInputNeverRanksBelowOneItDominates(@ForAll("inputs") Inputs a, @ForAll("inputs") Inputs b,
            @ForAll("industryTypes") OfferType type, @ForAll("weights") WeightProfile w) {
        Offer better = usd(a.best(b), "Zeta dominant", type);
        Offer worse = usd(a.worst(b), "Alpha dominated", type);
        Ranking r = OfferScorer.rank(List.of(worse, better), w, CTX);
        OfferScore bs = r.scores().stream().filter(s -> s.offer() == better).findFirst().orElseThrow();
        OfferScore ws = r.scores().stream().filter(s -> s.offer() == worse).findFirst().orElseThrow();
        assertThat(bs.total()).isGreaterThanOrEqualTo(ws.total());
        assertThat(bs.rank()).isLessThanOrEqualTo(ws.rank());
    }

    @Property(tries = 200)
    void raisingBaseBonusOrEquityNeverLowersTheScore(@ForAll("inputs") Inputs a, @ForAll("industryTypes") OfferType type,
            @ForAll("weights") WeightProfile w, @ForAll @IntRange(max = 300_000) int extraBase,
            @ForAll @IntRange(max = 100_000) int extraBonus, @ForAll @IntRange(max = 1_000_000) int extraGrant) {
        Offer before = usd(a, "Acme", type);
        Offer after = usd(a.morePay(extraBase, extraBonus, extraGrant), "Acme", type);
        assertThat(total(after, w)).isGreaterThanOrEqualTo(total(before, w));
        assertThat(OfferScorer.score(after, w, CTX, SCALE).annualAverage())
                .isGreaterThanOrEqualTo(OfferScorer.score(before, w, CTX, SCALE).annualAverage());
    }

    @Property(tries = 200)
    void theSameOfferInUsdOrInCnyAtTheTableRateScoresTheSame(@ForAll("inputs") Inputs a, @ForAll("industryTypes") OfferType type,
            @ForAll("weights") WeightProfile w) {
        BigDecimal inUsd = total(usd(a, "Acme", type), w);
        BigDecimal inCny = total(a.toOffer("Acme", type, CurrencyCode.CNY, CNY_PER_USD), w);
        assertThat(inCny.subtract(inUsd).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Property(tries = 200)
    void componentsAddUpToTheTotalForRandomOffersAndWeights(@ForAll("inputs") Inputs a, @ForAll("industryTypes") OfferType type,
            @ForAll("weights") WeightProfile w) {
        OfferScore s = OfferScorer.score(usd(a, "Acme", type), w, CTX, SCALE);
        BigDecimal sum = s.components().stream().map(ScoreComponent::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.subtract(s.total()).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(s.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(s.components()).allMatch(c -> c.rawScore().compareTo(BigDecimal.ZERO) >= 0 && c.rawScore().compareTo(BigDecimal.valueOf(100)) <= 0);
    }

    /** More pay always scores strictly more on pay, at any level: no cap (a 1% raise at least, up to $50 million). */
    @Property(tries = 300)
    void morePayAlwaysScoresStrictlyMoreOnPay(@ForAll @IntRange(min = 10_000, max = 50_000_000) int pay,
            @ForAll @IntRange(min = 1, max = 200) int raisePercent) {
        io.offerbench.domain.Money before = io.offerbench.domain.Money.of(String.valueOf(pay), "USD");
        io.offerbench.domain.Money after = before.times(BigDecimal.valueOf(100 + raisePercent).movePointLeft(2));
        if (pay <= 3_000_000) {
            assertThat(SCALE.score(after)).isGreaterThan(SCALE.score(before));
        } else {
            assertThat(SCALE.score(after)).isGreaterThanOrEqualTo(SCALE.score(before));
        }
        assertThat(SCALE.score(after)).isLessThan(BigDecimal.valueOf(100));
    }

    /**
     * No verdict, gap, hint or target ever rests on a non-typical row: over random offers and random
     * benchmark rows of every kind, a position's rows and every hint's ids are typical, and a hint's
     * target is the low end of a band of typical rows.
     */
    @Property(tries = 200)
    void noVerdictGapOrTargetComesFromANonTypicalRow(@ForAll("inputs") Inputs a, @ForAll("industryTypes") OfferType type,
            @ForAll("rows") List<io.offerbench.domain.Benchmark> rows) {
        ScoringContext ctx = ScoringContext.defaults(Fixtures.CURRENCIES, rows);
        OfferScore s = OfferScorer.score(usd(a, "Acme", type), WeightPresets.balanced(), ctx, PayScale.from(ctx));
        java.util.Set<String> typical = rows.stream().filter(io.offerbench.domain.Benchmark::isTypical)
                .map(io.offerbench.domain.Benchmark::id).collect(java.util.stream.Collectors.toSet());
        for (MarketPosition p : s.marketPositions()) {
            assertThat(typical).containsAll(p.benchmarkIds());
            assertThat(p.contextIds()).noneMatch(typical::contains);
            if (p.benchmarkIds().isEmpty()) {
                assertThat(p.verdict()).isEqualTo(MarketPosition.Verdict.NO_BENCHMARK);
                assertThat(p.gap()).isNull();
            }
        }
        for (NegotiationHint h : s.hints()) {
            assertThat(typical).containsAll(h.benchmarkIds());
            if (h.target() != null) {
                assertThat(h.benchmarkIds()).isNotEmpty();
            }
        }
    }

    @Provide
    Arbitrary<List<io.offerbench.domain.Benchmark>> rows() {
        Arbitrary<io.offerbench.domain.Benchmark> row = Builders.withBuilder(() -> new Object[5])
                .use(Arbitraries.of(io.offerbench.domain.BenchmarkKind.values())).in((o, v) -> { o[0] = v; return o; })
                .use(Arbitraries.of(io.offerbench.domain.Segment.values())).in((o, v) -> { o[1] = v; return o; })
                .use(Arbitraries.of(io.offerbench.domain.Metric.TOTAL_PACKAGE, io.offerbench.domain.Metric.BASE_SALARY,
                        io.offerbench.domain.Metric.SIGN_ON_BONUS)).in((o, v) -> { o[2] = v; return o; })
                .use(Arbitraries.integers().between(10_000, 2_000_000)).in((o, v) -> { o[3] = v; return o; })
                .use(Arbitraries.integers().between(0, 500_000)).in((o, v) -> { o[4] = v; return o; })
                .build(o -> {
                    io.offerbench.domain.Metric m = (io.offerbench.domain.Metric) o[2];
                    BigDecimal low = BigDecimal.valueOf((Integer) o[3]);
                    return new io.offerbench.domain.Benchmark("row-" + java.util.UUID.randomUUID(), "", "test", "2025", "",
                            (io.offerbench.domain.Segment) o[1], Seniority.NEW_GRAD_PHD, m, low, low.add(BigDecimal.valueOf((Integer) o[4])),
                            m == io.offerbench.domain.Metric.SIGN_ON_BONUS ? BenchmarkUnit.ONE_OFF : BenchmarkUnit.PER_YEAR, CurrencyCode.USD, 2025, "", "",
                            io.offerbench.domain.Benchmark.Origin.USER, false, (io.offerbench.domain.BenchmarkKind) o[0]);
                });
        return row.list().ofMaxSize(8);
    }

    /**
     * The sensitivity sentence tells the truth: under the weights it names, the runner-up really
     * overtakes the leader when the whole ranking is recomputed, "would rank first" exactly when it
     * then beats every offer, and no smaller change of any weight would already swap them.
     */
    @Property(tries = 60)
    void theSensitivitySentenceMatchesAFullRecomputation(@ForAll("inputs") Inputs a, @ForAll("inputs") Inputs b,
            @ForAll("inputs") Inputs c, @ForAll("inputs") Inputs d, @ForAll("industryTypes") OfferType type,
            @ForAll("weights") WeightProfile w) {
        List<Offer> offers = List.of(usd(a, "Alpha", type), usd(b, "Bravo", type), usd(c, "Charlie", type), usd(d, "Delta", type));
        Ranking r = OfferScorer.rank(offers, w, CTX);
        Offer leader = r.scores().get(0).offer();
        Offer runnerUp = r.scores().get(1).offer();
        Sensitivity found = r.sensitivity();
        int limit = found.swaps() ? Math.abs(found.weightChange()) - 1 : SensitivityAnalyzer.MAX_CHANGE;
        for (int step = 1; step <= limit; step++) {
            for (Criterion k : Criterion.values()) {
                for (int sign : new int[] {1, -1}) {
                    WeightProfile trial = changed(w, k, sign * step);
                    if (trial != null) {
                        assertThat(total(runnerUp, trial)).as("%s %+d", k, sign * step).isLessThanOrEqualTo(total(leader, trial));
                    }
                }
            }
        }
        if (found.swaps()) {
            WeightProfile trial = changed(w, found.criterion(), found.weightChange());
            Ranking after = OfferScorer.rank(offers, trial, CTX);
            BigDecimal runnerUpAfter = after.scores().stream().filter(s -> s.offer() == runnerUp).findFirst().orElseThrow().total();
            assertThat(runnerUpAfter).isGreaterThan(total(leader, trial));
            boolean beatsAll = after.scores().stream().filter(s -> s.offer() != runnerUp).allMatch(s -> runnerUpAfter.compareTo(s.total()) > 0);
            assertThat(found.outcome() == Sensitivity.Outcome.RANKS_FIRST).isEqualTo(beatsAll);
        }
    }

    /** The profile with one weight moved, or null when that leaves 0..100 or makes every weight zero. */
    private static WeightProfile changed(WeightProfile w, Criterion k, int change) {
        BigDecimal moved = w.weight(k).add(BigDecimal.valueOf(change));
        if (moved.signum() < 0 || moved.compareTo(BigDecimal.valueOf(100)) > 0) {
            return null;
        }
        try {
            return w.with(k, moved);
        } catch (IllegalArgumentException allZero) {
            return null;
        }
    }
}
