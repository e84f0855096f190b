package io.offerbench.exchange.report;

import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ChartTexts;
import io.offerbench.charts.RankAcceptabilityChart;
import io.offerbench.domain.Offer;
import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.negotiation.AcceptabilityInputs;
import io.offerbench.scoring.negotiation.RankAcceptability;
import io.offerbench.scoring.negotiation.RankAcceptabilityModel;
import io.offerbench.scoring.negotiation.WeightCertainty;
import java.util.function.UnaryOperator;
import io.offerbench.scoring.negotiation.CompetingOffers;
import io.offerbench.scoring.negotiation.CounterOfferSolver;
import io.offerbench.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What to ask for: each offer's counter-offer targets under the report's weights, in the same words
 * as the Ranking screen. Left out when there is nothing to compare (fewer than two offers).
 */
final class NegotiationSection {

    /** A table wider than this many rank columns no longer fits a page; the chart still shows every rank. */
    static final int MAX_TABLE_RANKS = 8;

    private NegotiationSection() {
    }

    static List<ReportSection> of(ReportContent c) {
        if (c.ranking().scores().size() < 2) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        // Each ask is said once. The leader needs none, and says so here; every other offer's asks, the raise it would
        // take to lead, the better terms of other offers it can point to and where it trails the leader are in its brief
        // (Negotiation briefs), each figure with its numbered source. Printing them here as well took two pages.
        List<String> items = new ArrayList<>(NegotiationWords.targets(CounterOfferSolver.solve(c.ranking().scores().get(0),
                c.ranking(), c.context())));
        CompetingOffers.in(c.ranking(), c.context()).of(c.ranking().scores().get(0))
                .forEach(competing -> items.add(NegotiationWords.competing(competing)));
        blocks.add(Block.Paragraph.plain(String.join(" ", items)));
        blocks.add(Block.Paragraph.muted(Texts.get("negotiation.report.inBriefs")));
        acceptability(c, blocks);
        String title = Texts.get("negotiation.report.title");
        return List.of(new ReportSection("negotiation", title, false, title, blocks));
    }

    /** How sure the ranking is, at the window's default certainty: the sentence, the chart and the table behind it. */
    private static void acceptability(ReportContent c, List<Block> blocks) {
        RankAcceptability table = RankAcceptabilityModel.compute(AcceptabilityInputs.of(c.ranking(), c.context()),
                c.weights(), WeightCertainty.SURE);
        blocks.add(new Block.Heading(3, Texts.get("negotiation.acceptability.title")));
        blocks.add(Block.Paragraph.plain(NegotiationWords.acceptability(table)));
        int n = table.size();
        blocks.add(new Block.Drawing("chart-rank-acceptability", Texts.get("chart.acceptability.title"),
                clean -> RankAcceptabilityChart.build(relabel(table, clean), ChartStyle.light(), ChartTexts.standard()),
                ChartDrawing.WIDTH, Math.max(300, 150 + 40 * n)));
        List<Block.Column> columns = new ArrayList<>();
        columns.add(Block.Column.text(Texts.get("ranking.col.offer"), 4));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= n; r++) {
            columns.add(Block.Column.number(Texts.get("chart.acceptability.rank", r), 1));
        }
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>();
            row.add(table.offers().get(i).label());
            for (int r = 1; r <= n; r++) {
                row.add(NegotiationWords.percent(table.probability(i, r)));
            }
            rows.add(row);
        }
        if (n <= MAX_TABLE_RANKS) {
            blocks.add(new Block.Table(columns, rows, false));
        }
        blocks.add(Block.Paragraph.muted(NegotiationWords.acceptabilityModel(table)));
        blocks.add(new Block.Heading(3, Texts.get("negotiation.regions.title")));
        List<String> regions = NegotiationWords.regions(c.ranking());
        if (regions.isEmpty()) {
            blocks.add(Block.Paragraph.plain(Texts.get("negotiation.regions.none")));
        } else {
            blocks.add(new Block.Bullets(regions));
        }
        blocks.add(Block.Paragraph.muted(Texts.get("negotiation.regions.explain")));
    }

    private static RankAcceptability relabel(RankAcceptability table, UnaryOperator<String> clean) {
        List<Offer> shown = table.offers().stream().map(o -> {
            String company = clean.apply(o.company());
            return o.toBuilder().company(company.isBlank() ? "?" : company).roleTitle(clean.apply(o.roleTitle())).build();
        }).toList();
        return new RankAcceptability(shown, table.counts(), table.samples(), table.certainty());
    }
}
