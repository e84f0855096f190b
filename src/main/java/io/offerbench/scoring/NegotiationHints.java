package io.offerbench.scoring;

import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.MarketPosition.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns market positions into hints a student can use (facts; the text layer words them), every figure with its source. Only
 * pay below its typical band, a missing sign-on where typical figures show sign-ons, and illiquid equity
 * give hints; a market position carries typical rows only, so no hint rests on a top-of-market figure.
 */
public final class NegotiationHints {

    /** The document row advice.illiquidEquity quotes ("Databricks raised $10 billion largely to buy back vested employee stock"). */
    static final String DATABRICKS_BUYBACK = "verge-2024-databricks-employee-buyback";

    private NegotiationHints() {
    }

    public static List<NegotiationHint> forOffer(Offer offer, PayProjection nominal, List<MarketPosition> positions,
            ScoringContext ctx) {
        List<NegotiationHint> hints = new ArrayList<>();
        for (MarketPosition p : positions) {
            // Only typical rows may suggest a figure: a context row (the best package, a $100 million one-off) never does.
            if (p.measure() == PayMeasure.SIGN_ON && p.offerValue().isZero() && p.hasTypicalFigure()) {
                hints.add(missingSignOn(p));
            } else if (p.verdict() == Verdict.BELOW) {
                hints.add(below(offer, p));
            }
        }
        if (offer.equity().isPrivate()) {
            hints.add(illiquidEquity(offer, nominal, ctx));
        }
        return hints;
    }

    /**
     * Pay below the typical band: the row giving the band's low end, the gap, and what to ask for (the
     * key names the measure, or "academic" for a faculty offer's yearly salary, where the ask is a higher
     * 9-month salary). The target is the band's low end, from typical rows only (a position carries no other rows).
     */
    private static NegotiationHint below(Offer offer, MarketPosition p) {
        String ask = offer.isAcademic() && p.measure() == PayMeasure.TOTAL ? "academic" : p.measure().name();
        Reason reason = Reason.of("below." + ask, p.offerValue(), new Percent(p.gapPercent()), p.lowestRow(), p.gap());
        return new NegotiationHint(reason, p.benchmarkIds(), component(p.measure()), p.bandLow());
    }

    static String component(PayMeasure measure) {
        return switch (measure) {
            case TOTAL -> "total";
            case BASE -> "base";
            case SIGN_ON -> "sign_on";
        };
    }

    private static NegotiationHint missingSignOn(MarketPosition p) {
        return new NegotiationHint(Reason.of("missingSignOn", p.rows()), p.benchmarkIds(), component(p.measure()), p.bandLow());
    }

    /** Private stock: the grant, the multiplier it is counted at and the scenario; the bundle gives the documents' liquidity fact. */
    private static NegotiationHint illiquidEquity(Offer offer, PayProjection nominal, ScoringContext ctx) {
        Money grant = ctx.currencies().convert(new Money(offer.equity().grantValue(), offer.currency()), ctx.homeCurrency());
        // The words quote the Databricks buyback (advice.illiquidEquity): the hint names its row, so the brief cites it.
        List<String> rows = ctx.benchmarks().stream().map(io.offerbench.domain.Benchmark::id).filter(DATABRICKS_BUYBACK::equals).toList();
        return new NegotiationHint(Reason.of("illiquidEquity", grant, nominal.equityMultiplier(), ctx.liquidityScenario()),
                rows, "equity", null);
    }
}
