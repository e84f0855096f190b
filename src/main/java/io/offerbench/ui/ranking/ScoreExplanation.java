package io.offerbench.ui.ranking;

import io.offerbench.text.Formats;
import io.offerbench.scoring.BandRow;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.MoneyEstimate;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.NegotiationHint;
import io.offerbench.scoring.OfferScore;
import io.offerbench.text.MarketWords;
import io.offerbench.text.MoneyWords;
import io.offerbench.text.HintWords;
import io.offerbench.text.PayWords;
import io.offerbench.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The score panel's texts for one offer, so a student or advisor can see why it scored what it did:
 * the money in the home currency (with the exchange rate and equity valuation used), where it sits
 * in the market and which benchmark rows said so, and what to ask for.
 */
public final class ScoreExplanation {

    private ScoreExplanation() {
    }

    public static String headline(OfferScore s) {
        return Messages.get("score.headline", s.offer().label(), s.total().toPlainString(), s.rank());
    }

    /** "$480,000 · $960,000 · $1,720,000": value after 1, 2 and 4 years. */
    public static String valueByTenure(OfferScore s) {
        return String.join(" \u00b7 ", s.valueByTenure().values().stream().map(Formats::amount).toList());
    }

    /** "83%": the share of the weight this offer's answers cover. */
    public static String completeness(OfferScore s) {
        return MoneyFormat.percent(s.completeness().movePointRight(2));
    }

    public static List<String> money(OfferScore s) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("score.tenure", s.pay().tenureYears(), Formats.amount(s.pay().tenureAverage())));
        s.valueByTenure().forEach((years, value) -> lines.add(Messages.get("score.valueAfter", years, Formats.amount(value))));
        lines.add(Messages.get("score.completeness", completeness(s)));
        lines.add(Messages.get("score.year1", Formats.amount(s.year1Total())));
        lines.add(Messages.get("score.average", s.pay().averagingYears(), Formats.amount(s.annualAverage())));
        lines.add(Messages.get("score.steady", Formats.amount(s.steadyStateAnnual())));
        lines.add(Messages.get("score.fourYears", Formats.amount(s.pay().cumulativeTotal(4))));
        if (!s.pay().conversion().identity()) {
            lines.add(PayWords.conversion(s.pay().conversion()));
        }
        lines.add(PayWords.equity(s.pay()));
        if (!s.pay().researchFunding().isZero()) {
            lines.add(Messages.get("score.researchFunding", Formats.amount(s.pay().researchFunding()), s.pay().researchFundingYears()));
        }
        lines.addAll(PayWords.notes(s.pay()));
        MoneyEstimate e = s.pay().estimate();
        if (e.applied()) {
            lines.add(Messages.get("money.ui.gross", Formats.amount(e.grossYear1()), Formats.amount(e.grossAverage()),
                    Formats.amount(e.grossSteady())));
        }
        if (e.afterTax() != null) {
            lines.add(MoneyWords.afterTax(e.afterTax()));
        }
        if (e.costOfLiving() != null) {
            lines.add(MoneyWords.costOfLiving(e.costOfLiving()));
        }
        return lines;
    }

    public static List<String> market(OfferScore s) {
        List<String> lines = new ArrayList<>();
        for (MarketPosition p : s.marketPositions()) {
            lines.addAll(MarketWords.lines(p));
            for (BandRow row : p.rows()) {
                lines.add("  \u2022 " + MarketWords.range(row) + " \u2014 " + MarketWords.citation(row));
            }
        }
        if (lines.isEmpty()) {
            lines.add(Messages.get("score.noMarket"));
        }
        return lines;
    }

    public static List<String> hints(OfferScore s) {
        List<String> lines = new ArrayList<>();
        for (NegotiationHint h : s.hints()) {
            lines.add(HintWords.text(h));
        }
        if (lines.isEmpty()) {
            lines.add(Messages.get("score.noHints"));
        }
        return lines;
    }
}
