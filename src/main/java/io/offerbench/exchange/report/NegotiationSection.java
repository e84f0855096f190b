package io.offerbench.exchange.report;

import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.negotiation.CounterOffer;
import io.offerbench.scoring.negotiation.CounterOfferSolver;
import io.offerbench.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What to ask for: each offer's counter-offer targets under the report's weights, in the same words
 * as the Ranking screen. Left out when there is nothing to compare (fewer than two offers).
 */
final class NegotiationSection {

    private NegotiationSection() {
    }

    static List<ReportSection> of(ReportContent c) {
        if (c.ranking().scores().size() < 2) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (CounterOffer offer : CounterOfferSolver.solve(c.ranking(), c.context())) {
            items.add(String.join(" ", NegotiationWords.targets(offer)));
        }
        blocks.add(new Block.Heading(3, Texts.get("negotiation.targets.title")));
        blocks.add(new Block.Bullets(items));
        blocks.add(Block.Paragraph.muted(Texts.get("negotiation.targets.explain")));
        String title = Texts.get("negotiation.report.title");
        return List.of(new ReportSection("negotiation", title, false, title, blocks));
    }
}
