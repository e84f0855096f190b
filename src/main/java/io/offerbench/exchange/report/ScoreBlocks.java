package io.offerbench.exchange.report;

import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.NegotiationHint;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.ScoreComponent;
import io.offerbench.text.MarketWords;
import io.offerbench.text.ReasonWords;
import java.util.ArrayList;
import java.util.List;

/** An offer's score breakdown, market positions and negotiation hints, as scoring explains them. */
final class ScoreBlocks {

    private ScoreBlocks() {
    }

    /** One row per criterion; the points add up to the total in the last row. */
    static List<Block> breakdown(OfferScore s) {
        List<List<String>> rows = new ArrayList<>();
        for (ScoreComponent c : s.components()) {
            rows.add(List.of(ReportWords.criterion(c.criterion()), ReportWords.share(c.weightShare()), ReportWords.points(c.rawScore()),
                    ReportWords.points(c.points()), ReasonWords.explain(c)));
        }
        rows.add(List.of("Total", "100%", "", ReportWords.points(s.total()), "Points = raw score \u00d7 weight share."));
        Block.Table table = new Block.Table(List.of(Block.Column.text("Criterion", 1.6f), Block.Column.number("Weight", 0.9f),
                Block.Column.number("Raw score", 0.9f), Block.Column.number("Points", 0.9f), Block.Column.text("How it was scored", 5.2f)),
                rows, true);
        return List.of(new Block.Heading(3, "Score breakdown"), table);
    }

    static List<Block> market(OfferScore s) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, "Market position"));
        if (s.marketPositions().isEmpty()) {
            blocks.add(Block.Paragraph.muted("No benchmark matches this offer's employer type and seniority."));
            return blocks;
        }
        List<List<String>> rows = new ArrayList<>();
        for (MarketPosition m : s.marketPositions()) {
            rows.add(List.of(m.measure().label(), ReportWords.money(m.offerValue()), m.bandText(), ReportWords.verdict(m.verdict()),
                    m.benchmarkIds().isEmpty() ? "none" : String.join(", ", m.benchmarkIds())));
        }
        blocks.add(new Block.Table(List.of(Block.Column.text("Compared", 1.2f), Block.Column.number("Offer", 1.1f),
                Block.Column.text("Market band", 1.6f), Block.Column.text("Verdict", 1.3f), Block.Column.text("Benchmark ids", 3.2f)),
                rows, false));
        for (MarketPosition m : s.marketPositions()) {
            // Each names its measure: "Year-1 total $501,000 is within …", or says there is no typical figure.
            MarketWords.lines(m).forEach(line -> blocks.add(Block.Paragraph.plain(line)));
        }
        return blocks;
    }

    static List<Block> hints(OfferScore s) {
        List<String> items = new ArrayList<>();
        for (NegotiationHint h : s.hints()) {
            items.add(h.benchmarkIds().isEmpty() ? h.text() : h.text() + " (benchmarks: " + String.join(", ", h.benchmarkIds()) + ")");
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, "Negotiation hints"));
        blocks.add(items.isEmpty() ? Block.Paragraph.muted("None for this offer.") : new Block.Bullets(items));
        return blocks;
    }
}
