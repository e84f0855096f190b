package io.offerbench.exchange.report;

import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.NegotiationHint;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.ScoreComponent;
import io.offerbench.text.MarketWords;
import io.offerbench.text.ReasonWords;
import io.offerbench.text.Texts;
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
                    ReportWords.points(c.points()), how(c)));
        }
        rows.add(List.of(ReportWords.text("total"), "100%", "", ReportWords.points(s.total()), ReportWords.text("score.pointsRule")));
        Block.Table table = new Block.Table(List.of(Block.Column.text(ReportWords.text("col.criterion"), 1.35f),
                Block.Column.number(ReportWords.text("col.weight"), 0.8f), Block.Column.number(ReportWords.text("score.col.raw"), 0.65f),
                Block.Column.number(ReportWords.text("score.col.points"), 0.65f), Block.Column.text(ReportWords.text("score.col.how"), 7.05f)),
                rows, true);
        return List.of(new Block.Heading(3, ReportWords.text("score.heading")), table);
    }

    /**
     * How a criterion was scored, with the documents' signals beside it named by their row ids: the same quotes stood
     * beside every offer's criterion (six times over for the sample), so each is quoted once, under Benchmarks used.
     */
    static String how(ScoreComponent c) {
        List<io.offerbench.scoring.Reason> said = new ArrayList<>();
        List<String> signals = new ArrayList<>();
        for (io.offerbench.scoring.Reason r : c.reasons()) {
            if (isSignal(r)) {
                signals.add(((io.offerbench.domain.Benchmark) r.args().get(0)).id());
            } else {
                said.add(r);
            }
        }
        // The scales are said once for all offers, in "How scores are read" (ScoringRulesSection).
        String how = ReasonWords.facts(said);
        if (signals.isEmpty()) {
            return how;
        }
        String cited = ReportWords.text("score.signals", String.join(", ", signals));
        return how.isBlank() ? cited : how + (io.offerbench.text.Texts.language() == io.offerbench.text.Language.SIMPLIFIED_CHINESE ? "" : " ") + cited;
    }

    /** A document's signal quoted beside a criterion (scoring's "signal" reason, naming its benchmark row). */
    static boolean isSignal(io.offerbench.scoring.Reason r) {
        return "signal".equals(r.key()) && r.args().size() == 1 && r.args().get(0) instanceof io.offerbench.domain.Benchmark;
    }

    static List<Block> market(OfferScore s) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, ReportWords.text("market.heading")));
        if (s.marketPositions().isEmpty()) {
            blocks.add(Block.Paragraph.muted(ReportWords.text("market.none")));
            return blocks;
        }
        List<List<String>> rows = new ArrayList<>();
        for (MarketPosition m : s.marketPositions()) {
            rows.add(List.of(Texts.get("market.measure." + m.measure().name()), ReportWords.money(m.offerValue()), MarketWords.band(m),
                    ReportWords.verdict(m.verdict()), m.benchmarkIds().isEmpty() ? ReportWords.text("market.noIds") : String.join(", ", m.benchmarkIds())));
        }
        blocks.add(new Block.Table(List.of(Block.Column.text(ReportWords.text("market.col.compared"), 1.2f),
                Block.Column.number(ReportWords.text("market.col.offer"), 1.1f), Block.Column.text(ReportWords.text("market.col.band"), 1.6f),
                Block.Column.text(ReportWords.text("market.col.verdict"), 1.3f), Block.Column.text(ReportWords.text("market.col.ids"), 3.2f)),
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
            String text = io.offerbench.text.HintWords.text(h);
            items.add(h.benchmarkIds().isEmpty() ? text : ReportWords.text("hints.withIds", text, String.join(", ", h.benchmarkIds())));
        }
        // None: the offer section says so in one line with the missing notes and comments, not under a heading of its own.
        return items.isEmpty() ? List.of() : List.of(new Block.Heading(3, ReportWords.text("hints.heading")), new Block.Bullets(items));
    }
}
