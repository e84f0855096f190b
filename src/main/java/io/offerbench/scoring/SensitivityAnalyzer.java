package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Searches, for each criterion, weight changes of 1, 2, ... {@link #MAX_CHANGE} raw points up and
 * down (staying within 0..100), for the smallest that would put the runner-up's total strictly above
 * the leader's.
 * Raw scores do not depend on weights, so only the totals are recomputed, and only the top two's
 * for each trial: the others matter only once a swap is found (does the runner-up then rank
 * first?). So the search costs the same for 5 offers as for 1,000 (see docs/performance.md).
 */
final class SensitivityAnalyzer {

    static final int MAX_CHANGE = 50;

    private SensitivityAnalyzer() {
    }

    /** {@code ranked} must be in rank order. */
    static Sensitivity analyze(List<OfferScore> ranked, WeightProfile weights) {
        if (ranked.size() < 2) {
            return Sensitivity.none(Sensitivity.Outcome.ONE_OFFER, MAX_CHANGE);
        }
        OfferScore leader = ranked.get(0);
        OfferScore runnerUp = ranked.get(1);
        Map<Criterion, BigDecimal> leaderRaw = leader.answeredRawScores();
        Map<Criterion, BigDecimal> runnerUpRaw = runnerUp.answeredRawScores();
        for (int step = 1; step <= MAX_CHANGE; step++) {
            for (Criterion c : Criterion.values()) {
                for (int sign : new int[] {1, -1}) {
                    BigDecimal changed = weights.weight(c).add(BigDecimal.valueOf((long) sign * step));
                    Map<Criterion, BigDecimal> trial = new EnumMap<>(weights.weights());
                    trial.put(c, changed);
                    if (!valid(trial)) {
                        continue;
                    }
                    BigDecimal runnerUpTotal = WeightedTotal.total(runnerUpRaw, trial);
                    // A swap means the runner-up strictly ahead; a tie settled by company name is not a swap.
                    if (runnerUpTotal.compareTo(WeightedTotal.total(leaderRaw, trial)) > 0) {
                        boolean first = true;
                        for (OfferScore other : ranked.subList(2, ranked.size())) {
                            first &= runnerUpTotal.compareTo(WeightedTotal.total(other.answeredRawScores(), trial)) > 0;
                        }
                        return describe(c, sign * step, weights.weight(c), changed, runnerUp, leader, first);
                    }
                }
            }
        }
        return Sensitivity.none(Sensitivity.Outcome.NO_SWAP, MAX_CHANGE);
    }

    private static boolean valid(Map<Criterion, BigDecimal> weights) {
        boolean inRange = weights.values().stream().allMatch(w -> w.signum() >= 0 && w.compareTo(BigDecimal.valueOf(100)) <= 0);
        return inRange && weights.values().stream().anyMatch(w -> w.signum() > 0);
    }

    private static Sensitivity describe(Criterion c, int change, BigDecimal from, BigDecimal to, OfferScore runnerUp,
            OfferScore leader, boolean becomesFirst) {
        return new Sensitivity(c, change, from, to, runnerUp.offer().label(), leader.offer().label(),
                becomesFirst ? Sensitivity.Outcome.RANKS_FIRST : Sensitivity.Outcome.MOVES_AHEAD, MAX_CHANGE);
    }
}
