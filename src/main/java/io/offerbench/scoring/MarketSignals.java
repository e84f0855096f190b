package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.Offer;
import io.offerbench.domain.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents' qualitative signals that feed a criterion's explanation ("most universities can't
 * afford" the compute, next to compute): visible rows naming that criterion, of the offer's own segment
 * or the whole AI market, for its seniority or any. They explain and never score: no point changes.
 * Its own segment's rows come first, then market-wide ones, each in the order the benchmarks are given; at most
 * {@value #SHOWN} are quoted beside a score and the rest counted (the Benchmarks tab lists them all).
 */
public final class MarketSignals {

    /** Signals quoted beside one criterion; more would bury the rule that scored it. */
    public static final int SHOWN = 3;

    private MarketSignals() {
    }

    /** Every signal for {@code c} that applies to this offer, own segment first. */
    public static List<Benchmark> of(Offer offer, Criterion c, List<Benchmark> benchmarks) {
        Segment own = Segment.of(offer);
        List<Benchmark> mine = new ArrayList<>();
        List<Benchmark> market = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            if (b.informs() != c || b.hidden() || (b.seniority() != null && b.seniority() != offer.seniority())) {
                continue;
            }
            if (b.segment() == own) {
                mine.add(b);
            } else if (b.segment() == Segment.AI_MARKET) {
                market.add(b);
            }
        }
        mine.addAll(market);
        return mine;
    }

    /** The reasons said beside the criterion: up to {@value #SHOWN} quoted signals, then how many more. */
    static List<Reason> reasons(Offer offer, Criterion c, List<Benchmark> benchmarks) {
        return Index.forList(benchmarks).reasons(offer, c);
    }

    private static List<Reason> reasonsFor(List<Benchmark> all) {
        List<Reason> out = new ArrayList<>();
        for (Benchmark b : all.subList(0, Math.min(SHOWN, all.size()))) {
            out.add(Reason.of("signal", b));
        }
        if (all.size() > SHOWN) {
            out.add(Reason.of("signals.more", all.size() - SHOWN));
        }
        return List.copyOf(out);
    }

    /**
     * The reasons of one benchmark list, by what decides them (criterion, the offer's segment and seniority): made
     * once for each such triple, not once per offer, since every offer of a long list shares a few. The last list's
     * index is kept (a scoring context holds an unmodifiable copy, so the same list object is the same benchmarks).
     */
    private static final class Index {
        private static volatile Index last;

        private final List<Benchmark> benchmarks;
        private final java.util.Map<Object, List<Reason>> reasons = new java.util.concurrent.ConcurrentHashMap<>();

        private Index(List<Benchmark> benchmarks) {
            this.benchmarks = benchmarks;
        }

        static Index forList(List<Benchmark> benchmarks) {
            Index i = last;
            if (i == null || i.benchmarks != benchmarks) {
                i = new Index(benchmarks);
                last = i;
            }
            return i;
        }

        List<Reason> reasons(Offer offer, Criterion c) {
            Segment own = Segment.of(offer);
            List<Object> key = java.util.Arrays.asList(c, own, offer.seniority());
            List<Reason> found = reasons.get(key);
            if (found == null) {
                found = reasonsFor(of(offer, c, benchmarks));
                reasons.put(key, found);
            }
            return found;
        }
    }
}
