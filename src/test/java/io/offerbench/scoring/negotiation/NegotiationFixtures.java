package io.offerbench.scoring.negotiation;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.VisaSupport;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.ScoringContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Offers and a context for the negotiation tests; the two benchmark rows are the Interconnects figures. */
final class NegotiationFixtures {

    static final Benchmark NEW_GRAD_RANGE = row("lambert-2023-newgrad-range", null, "500000", "600000",
            "Packages for new grad Ph. D.s were topping out at $500-600k pre ChatGPT");
    static final Benchmark NEW_GRAD_BEST = row("lambert-2023-newgrad-best", null, null, "850000",
            "now that number is closer to $850k for the absolute best");
    static final CurrencyTable CURRENCIES = new CurrencyTable(List.of(new ExchangeRate(CurrencyCode.CNY, new BigDecimal("7.16"),
            LocalDate.of(2025, 1, 1), "implied by 1.54 million yuan = just under $215,000 (Mint, 2025)")));

    private NegotiationFixtures() {
    }

    static ScoringContext context() {
        return ScoringContext.defaults(CURRENCIES, List.of(NEW_GRAD_RANGE, NEW_GRAD_BEST));
    }

    private static Benchmark row(String id, Seniority ignored, String low, String high, String quote) {
        return new Benchmark(id, "002_7c699d560a1da2dc.txt", "Interconnects", "2023-10-11", "", Segment.FRONTIER_LAB,
                Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE, low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high), BenchmarkUnit.PER_YEAR, CurrencyCode.USD, 2023, quote, "",
                Benchmark.Origin.DOCUMENT, false);
    }

    static WeightProfile weights(int... w) {
        Map<Criterion, BigDecimal> m = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            m.put(c, BigDecimal.valueOf(c.ordinal() < w.length ? w[c.ordinal()] : 0));
        }
        return new WeightProfile("test", m);
    }

    static Offer offer(long id, String company, OfferType type, CurrencyCode currency, int base, int signOn, int grant,
            boolean privateEquity, Criteria criteria) {
        Offer.Builder b = Offer.builder().id(id).company(company).type(type).seniority(Seniority.NEW_GRAD_PHD).currency(currency)
                .pay(new Compensation(BigDecimal.valueOf(base), null, BigDecimal.TEN, BigDecimal.valueOf(signOn), 2, null))
                .equity(new EquityGrant(BigDecimal.valueOf(grant), privateEquity ? EquityType.PRIVATE_EQUITY : EquityType.PUBLIC_RSU,
                        VestingSchedule.even(4, 12), BigDecimal.ZERO))
                .criteria(criteria);
        if (type.isAcademic()) {
            b.academic(new AcademicTerms(BigDecimal.valueOf(base), 2, BigDecimal.valueOf(grant), 5, BigDecimal.valueOf(3)));
        }
        return b.build();
    }

    static Arbitrary<Criteria> criteria() {
        Arbitrary<Integer> five = Arbitraries.integers().between(1, 5);
        return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.of(PublicationPolicy.values()),
                Arbitraries.of(ComputeAccess.values()), Arbitraries.of(TopicFit.values()), five, five,
                Arbitraries.integers().between(30, 90), Arbitraries.of(VisaSupport.values()))
                .as((freedom, pub, compute, topic, team, stability, hours, visa) ->
                        new Criteria(freedom, pub, compute, topic, team, 3, 3, stability, hours, 20, visa));
    }

    /** 2 to 6 offers with ids 1..n: industry and academic, USD and CNY, public and private equity. */
    static Arbitrary<List<Offer>> offers() {
        Arbitrary<Offer> one = Combinators.combine(Arbitraries.of(OfferType.FRONTIER_LAB, OfferType.BIG_TECH_RESEARCH,
                        OfferType.AI_STARTUP, OfferType.ACADEMIA_FACULTY), Arbitraries.of(CurrencyCode.USD, CurrencyCode.CNY),
                Arbitraries.integers().between(60_000, 500_000), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 1_500_000), Arbitraries.of(true, false), criteria())
                .as((type, currency, base, signOn, grant, priv, crit) -> {
                    int perUsd = currency == CurrencyCode.CNY ? 7 : 1;
                    return offer(0, "Co", type, currency, base * perUsd, signOn * perUsd, grant * perUsd, priv, crit);
                });
        return one.list().ofMinSize(2).ofMaxSize(6).map(list -> {
            List<Offer> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).toBuilder().id(i + 1).company("Offer " + (char) ('A' + i)).build());
            }
            return out;
        });
    }

    /**
     * As {@link #offers()}, each offer with its own random blanks (every criterion but pay may be left
     * blank, interest answered or not, closeness "does not apply" or not): the case where the main
     * score renormalises each offer's weights differently.
     */
    static Arbitrary<List<Offer>> offersWithBlanks() {
        Arbitrary<Integer> masks = Arbitraries.integers().between(0, (1 << 12) - 1);
        Arbitrary<Integer> interests = Arbitraries.integers().between(0, 5);
        return offers().flatMap(list -> Combinators.combine(masks.list().ofSize(list.size()), interests.list().ofSize(list.size()))
                .as((ms, is) -> {
                    List<Offer> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Offer o = list.get(i);
                        out.add(o.toBuilder().criteria(blanked(o.criteria(), ms.get(i), is.get(i))).build());
                    }
                    return out;
                }));
    }

    /** Bit b of {@code mask} set leaves the b-th criterion field blank; bit 11 marks closeness "does not apply"; interest 0 is blank. */
    static Criteria blanked(Criteria c, int mask, int interest) {
        return new Criteria(bit(mask, 0) ? null : c.researchFreedomPercent(), bit(mask, 1) ? null : c.publicationPolicy(),
                bit(mask, 2) ? null : c.computeAccess(), bit(mask, 3) ? null : c.topicFit(), bit(mask, 4) ? null : c.teamFit(),
                bit(mask, 5) ? null : c.roleClarity(), bit(mask, 6) ? null : c.productCloseness(), bit(mask, 7) ? null : c.stability(),
                bit(mask, 8) ? null : c.hoursPerWeek(), bit(mask, 9) ? null : c.commuteMinutes(), bit(mask, 10) ? null : c.visaSupport(),
                interest == 0 ? null : interest, bit(mask, 11));
    }

    private static boolean bit(int mask, int b) {
        return (mask & (1 << b)) != 0;
    }

    static Arbitrary<WeightProfile> weightProfiles() {
        return Arbitraries.integers().between(0, 40).array(int[].class).ofSize(Criterion.values().length)
                .filter(ws -> java.util.Arrays.stream(ws).anyMatch(w -> w > 0))
                .map(NegotiationFixtures::weights);
    }
}
