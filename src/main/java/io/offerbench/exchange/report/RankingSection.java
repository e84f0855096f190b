package io.offerbench.exchange.report;

import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import java.util.ArrayList;
import java.util.List;

/** The offers in rank order, with the close-call warning and the weight change that would swap the top two. */
final class RankingSection {

    private RankingSection() {
    }

    static ReportSection of(ReportContent c) {
        List<Block> blocks = new ArrayList<>();
        Ranking ranking = c.ranking();
        String title = ReportWords.text("ranking.title");
        if (ranking.scores().isEmpty()) {
            blocks.add(Block.Paragraph.plain(ReportWords.text("ranking.none")));
            return new ReportSection("ranking", title, false, title, blocks);
        }
        String currency = c.context().homeCurrency().code();
        List<List<String>> rows = new ArrayList<>();
        for (OfferScore s : ranking.scores()) {
            rows.add(List.of(String.valueOf(s.rank()), s.offer().label(), ReportWords.points(s.total()),
                    ReportWords.share(s.completeness()), String.join(" / ", s.valueByTenure().values().stream().map(ReportWords::money).toList()),
                    ReportWords.money(s.year1Total()), ReportWords.verdict(s.market().verdict())));
        }
        blocks.add(new Block.Table(List.of(Block.Column.number(ReportWords.text("ranking.col.rank"), 0.9f),
                Block.Column.text(ReportWords.text("ranking.col.offer"), 3.6f),
                Block.Column.number(ReportWords.text("ranking.col.score"), 1.2f), Block.Column.number(ReportWords.text("ranking.col.answered"), 1.5f),
                Block.Column.number(ReportWords.text("ranking.col.paidOut", currency), 3.2f),
                Block.Column.number(ReportWords.text("ranking.col.year1", currency), 1.6f),
                Block.Column.text(ReportWords.text("ranking.col.market"), 1.8f)), rows, false));
        blocks.add(Block.Paragraph.muted(ReportWords.text("ranking.explain", io.offerbench.text.ProfileNames.of(ranking.weights()), c.context().tenureYears())));
        if (ranking.closeCall()) {
            blocks.add(new Block.Paragraph(ReportWords.text("ranking.closeCall", Ranking.CLOSE_CALL_POINTS), Block.Tone.WARNING));
        }
        if (ranking.sensitivity() != null) {
            blocks.add(Block.Paragraph.plain(io.offerbench.text.SensitivityWords.sentence(ranking.sensitivity())));
        }
        return new ReportSection("ranking", title, false, title, blocks);
    }
}
