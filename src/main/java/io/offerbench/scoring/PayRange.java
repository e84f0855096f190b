package io.offerbench.scoring;

import io.offerbench.domain.CompanyStage;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.Money;
import java.util.List;

/**
 * An offer's scored pay (its average a year over the stay, as the pay criterion weighs it) under the
 * bear and the bull outcome for its private equity, beside the scenario on screen. For an offer without
 * private equity the three are the same. The stage, the multipliers used and the benchmark rows behind
 * them come with it, so the screen can say why.
 *
 * @param stage       the company's stage, or null when not given
 * @param own         true when the user set this offer's multipliers, false for the stage's defaults
 * @param reasonIds   the document rows behind the stage's defaults (none for a stage not given)
 */
public record PayRange(Money bear, Money shown, Money bull, boolean privateEquity, CompanyStage stage,
        LiquidityMultipliers multipliers, boolean own, List<String> reasonIds) {

    public PayRange {
        reasonIds = List.copyOf(reasonIds);
    }

    /** True when bear and bull differ: the range is worth showing as a range. */
    public boolean isRange() {
        return bear.amount().compareTo(bull.amount()) != 0;
    }

    /** The range of {@code s}, under the context its ranking was scored with (estimates as that ranking applied them). */
    public static PayRange of(OfferScore s, Ranking ranking, ScoringContext requested) {
        EstimateCoverage e = ranking.estimates();
        ScoringContext ctx = requested.withEstimates(e.costOfLivingApplied(), e.afterTaxApplied());
        var equity = s.offer().equity();
        LiquidityMultipliers m = equity.liquidity(ctx.liquidity());
        if (!equity.isPrivate()) {
            return new PayRange(s.pay().tenureAverage(), s.pay().tenureAverage(), s.pay().tenureAverage(), false,
                    equity.stage(), m, equity.multipliers() != null, List.of());
        }
        Money bear = PayProjector.project(s.offer(), ctx.withLiquidityScenario(LiquidityScenario.BEAR)).tenureAverage();
        Money bull = PayProjector.project(s.offer(), ctx.withLiquidityScenario(LiquidityScenario.BULL)).tenureAverage();
        return new PayRange(bear, s.pay().tenureAverage(), bull, true, equity.stage(), m, equity.multipliers() != null,
                equity.stage() == null ? List.of() : equity.stage().reasonIds());
    }
}
