package io.offerbench.scoring;

import io.offerbench.domain.EquityType;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.MarketPosition.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns market positions into sentences a student can use: every figure named with its source. Only
 * pay below its typical band, a missing sign-on where typical figures show sign-ons, and illiquid equity
 * give hints; a market position carries typical rows only, so no hint rests on a top-of-market figure.
 */
public final class NegotiationHints {

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

    private static NegotiationHint below(Offer offer, MarketPosition p) {
        String subject = p.measure() == PayMeasure.TOTAL && offer.isAcademic() ? "Annual salary" : p.measure().label();
        String head = subject + " " + MoneyFormat.format(p.offerValue()) + " is " + MoneyFormat.percent(p.gapPercent())
                + " below ";
        String reference;
        if (p.derived()) {
            reference = "the derived academic band " + p.bandText() + " (industry new-grad PhD figures divided by the"
                    + " industry/academia pay ratio, ids " + String.join(", ", p.benchmarkIds()) + ")";
        } else {
            BandRow row = p.lowestRow();
            reference = "the " + row.rangeText() + " figure " + row.citation() + ", the low end of the market band";
        }
        // The target is the band's low end, from typical rows only (a position carries no other rows).
        return new NegotiationHint(head + reference + "; " + ask(offer, p.measure(), p.gap()), p.benchmarkIds(),
                component(p.measure()), p.bandLow());
    }

    static String component(PayMeasure measure) {
        return switch (measure) {
            case TOTAL -> "total";
            case BASE -> "base";
            case SIGN_ON -> "sign_on";
        };
    }

    private static String ask(Offer offer, PayMeasure measure, Money gap) {
        String close = "to close the " + MoneyFormat.format(gap) + " gap.";
        if (offer.isAcademic()) {
            return "ask for a higher 9-month salary or guaranteed summer salary " + close;
        }
        return switch (measure) {
            case TOTAL -> "ask for a higher base, a larger equity grant or a sign-on bonus " + close;
            case BASE -> "ask for a higher base, the part paid every year whatever the stock does, " + close;
            case SIGN_ON -> "ask for a larger sign-on bonus " + close;
        };
    }

    private static NegotiationHint missingSignOn(MarketPosition p) {
        List<String> figures = p.rows().stream().map(r -> r.rangeText() + " " + r.citation()).toList();
        return new NegotiationHint("This offer has no sign-on bonus, while benchmarks for this segment show sign-ons ("
                + String.join("; ", figures) + "); ask for one.", p.benchmarkIds(), component(p.measure()), p.bandLow());
    }

    private static NegotiationHint illiquidEquity(Offer offer, PayProjection nominal, ScoringContext ctx) {
        Money grant = ctx.currencies().convert(new Money(offer.equity().grantValue(), offer.currency()), ctx.homeCurrency());
        String multiplier = nominal.equityMultiplier().stripTrailingZeros().toPlainString();
        return new NegotiationHint("The " + MoneyFormat.format(grant) + " equity grant is private stock, counted here at x"
                + multiplier + " (" + ctx.liquidityScenario().code() + " scenario, OfferBench's assumption). Private stock"
                + " cannot be sold until a sale, IPO or buyback: Databricks raised $10 billion largely to buy back vested"
                + " employee stock (The Verge, 2024-12-20). Ask for more base, or for liquidity terms: regular tender"
                + " offers or buybacks and a long exercise window.", List.of(), "equity", null);
    }
}
