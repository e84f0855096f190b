package io.offerbench.exchange.report;

import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import java.util.ArrayList;
import java.util.List;

/** The offers in rank order, with the close-call warning and the weight change that would swap the top two. */
final class RankingSection {

    static final String NO_OFFERS = "There are no offers yet. Add offers in OfferBench, or import a comparison, and make"
            + " the report again.";

    private RankingSection() {
    }

    static ReportSection of(ReportContent c) {
        List<Block> blocks = new ArrayList<>();
        Ranking ranking = c.ranking();
        if (ranking.scores().isEmpty()) {
            blocks.add(Block.Paragraph.plain(NO_OFFERS));
            return new ReportSection("ranking", "Ranking", false, "Ranking", blocks);
        }
        String currency = c.context().homeCurrency().code();
        List<List<String>> rows = new ArrayList<>();
        for (OfferScore s : ranking.scores()) {
            rows.add(List.of(String.valueOf(s.rank()), s.offer().label(), ReportWords.points(s.total()),
                    ReportWords.share(s.completeness()), String.join(" / ", s.valueByTenure().values().stream().map(ReportWords::money).toList()),
                    ReportWords.money(s.year1Total()), ReportWords.verdict(s.market().verdict())));
        }
        blocks.add(new Block.Table(List.of(Block.Column.number("Rank", 0.9f), Block.Column.text("Offer", 4),
                Block.Column.number("Score / 100", 1.2f), Block.Column.number("Answered", 1.1f),
                Block.Column.number("Paid out after 1 / 2 / 4 years (" + currency + ")", 3.2f),
                Block.Column.number("Year-1 total (" + currency + ")", 1.6f), Block.Column.text("Market", 1.8f)), rows, false));
        int tenure = c.context().tenureYears();
        blocks.add(Block.Paragraph.muted("Scores under the " + ranking.weights().name() + " weights. Answered is the share of the"
                + " weight the offer's answers cover: criteria left blank are left out and the other weights renormalised. Pay is"
                + " scored over a stay of " + tenure + (tenure == 1 ? " year" : " years") + " (the cliff, the vesting schedule and"
                + " sign-on instalments applied year by year); 'paid out after' adds up what 1, 2 and 4 years pay, relocation"
                + " left out. Year-1 total is base, bonus, sign-on and equity vesting in the first year. Market compares the"
                + " year-1 total (else base) with typical figures for the offer's segment, seniority and region only; where the"
                + " documents give none it says so."));
        if (ranking.closeCall()) {
            blocks.add(new Block.Paragraph("Close call: the top two offers are within " + Ranking.CLOSE_CALL_POINTS
                    + " points of each other, less than one re-rated answer can move. Weigh them on what the numbers leave out.",
                    Block.Tone.WARNING));
        }
        if (ranking.sensitivity() != null && ranking.sensitivity().sentence() != null && !ranking.sensitivity().sentence().isBlank()) {
            blocks.add(Block.Paragraph.plain(ranking.sensitivity().sentence()));
        }
        return new ReportSection("ranking", "Ranking", false, "Ranking", blocks);
    }
}
