package io.offerbench.exchange.report;

import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.scoring.OfferScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The five comparison charts, for the offers the compare view could show: all of them when there are
 * 2 to 8, in rank order (so colours follow rank), else the top 8; none below 2.
 */
final class ChartsSection {

    /** The compare view's limits: one colour per offer in the palette, and a comparison needs two sides. */
    static final int MIN_OFFERS = 2;
    static final int MAX_OFFERS = 8;

    private ChartsSection() {
    }

    static ReportSection of(ReportContent c) {
        List<OfferScore> scores = c.ranking().scores();
        List<Block> blocks = new ArrayList<>();
        if (scores.size() < MIN_OFFERS) {
            blocks.add(Block.Paragraph.plain("Charts compare offers side by side, so they need at least two offers; "
                    + (scores.isEmpty() ? "there are none yet." : "this report has one, so it has no charts.")));
            return new ReportSection("charts", "Charts", false, "Charts", blocks);
        }
        List<OfferScore> shown = scores.subList(0, Math.min(MAX_OFFERS, scores.size()));
        if (scores.size() > MAX_OFFERS) {
            int left = scores.size() - MAX_OFFERS;
            blocks.add(Block.Paragraph.plain("The charts show the top " + MAX_OFFERS + " offers by rank, as many as one chart can"
                    + " tell apart; the other " + ReportWords.plural(left, "offer is", "offers are")
                    + " in the ranking table and have their own pages below."));
        }
        ComparedOffers compared = new ComparedOffers(shown, c.context().homeCurrency(), c.weights().name());
        String currency = c.context().homeCurrency().code();
        int n = 0;
        for (ChartKind kind : ChartKind.values()) {
            n++;
            blocks.add(new Block.Figure(n, kind, "Figure " + n + ". " + caption(kind, currency, c.weights().name()), compared));
        }
        return new ReportSection("charts", "Charts", true, "Charts", blocks);
    }

    private static String caption(ChartKind kind, String currency, String weights) {
        return switch (kind) {
            case PAY_COMPOSITION -> "Pay composition: each offer's year-1 pay by component (base, bonus, sign-on, vested equity)"
                    + " in " + currency + "; relocation left out.";
            case CUMULATIVE_PAY -> "Cumulative pay: what each offer has paid out by the end of each year, in " + currency
                    + ", relocation included. A steep first step is front-loading; a flat start then a jump is a vesting cliff.";
            case MARKET_BAND -> "Market band: each offer's year-1 total (else base) against the band its benchmarks give;"
                    + " the rows behind each band are listed under \u201cBenchmarks used\u201d.";
            case PROFILE -> "Profile: each offer's raw 0\u2013100 score on the non-monetary criteria, before weighting;"
                    + " answers left empty score a neutral 50.";
            case SCORE_BREAKDOWN -> "Score breakdown: each offer's weighted points per criterion under the " + weights
                    + " weights; the length of a bar is its total score.";
        };
    }
}
