package io.offerbench.exchange.report;

import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.OfferPalette;
import io.offerbench.scoring.OfferScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The five comparison charts, for the offers the compare view could show: all of them when there are
 * 2 to 8, in rank order, else the top 8; none below 2. Each offer has the colour the Compare tab gives it.
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
        String title = ReportWords.text("charts.title");
        if (scores.size() < MIN_OFFERS) {
            blocks.add(Block.Paragraph.plain(ReportWords.text(scores.isEmpty() ? "charts.needTwo.none" : "charts.needTwo.one")));
            return new ReportSection("charts", title, false, title, blocks);
        }
        List<OfferScore> shown = scores.subList(0, Math.min(MAX_OFFERS, scores.size()));
        if (scores.size() > MAX_OFFERS) {
            blocks.add(Block.Paragraph.plain(ReportWords.text("charts.top", MAX_OFFERS, scores.size() - MAX_OFFERS)));
        }
        // Coloured as the Compare tab colours them: by each offer's place among all offers (OfferPalette).
        List<Integer> colours = OfferPalette.slots(scores.stream().map(s -> s.offer().id()).toList(),
                shown.stream().map(s -> s.offer().id()).toList());
        ComparedOffers compared = new ComparedOffers(shown, c.context().homeCurrency(), io.offerbench.text.ProfileNames.of(c.weights()), colours);
        String currency = c.context().homeCurrency().code();
        int n = 0;
        for (ChartKind kind : ChartKind.values()) {
            n++;
            String caption = ReportWords.text("caption." + kind.name(), currency, io.offerbench.text.ProfileNames.of(c.weights()));
            blocks.add(new Block.Figure(n, kind, ReportWords.text("figure", n, caption), compared));
        }
        return new ReportSection("charts", title, true, title, blocks);
    }
}
