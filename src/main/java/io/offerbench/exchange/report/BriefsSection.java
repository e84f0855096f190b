package io.offerbench.exchange.report;

import io.offerbench.exchange.negotiation.BriefDraft;
import io.offerbench.exchange.negotiation.NegotiationBrief;
import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.OfferScore;
import io.offerbench.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The negotiation brief of every offer but the one listed first, as File > Negotiation brief… and
 * {@code brief --offer} write it, under the report's weights and on the day the report is made. The
 * brief reads no notes and no comments, so neither can appear here.
 */
final class BriefsSection {

    private BriefsSection() {
    }

    static List<ReportSection> of(ReportContent c) {
        List<OfferScore> scores = c.ranking().scores();
        if (scores.size() < 2) {
            return List.of();
        }
        LocalDate today = c.generatedAt().toLocalDate();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.muted(Texts.get("report.briefs.intro") + " " + Texts.get("negotiation.targets.explain")));
        for (OfferScore s : scores.subList(1, scores.size())) {
            blocks.addAll(blocks(NegotiationBrief.compose(s, c.ranking(), c.context(), today)));
            // Where it trails the leader: said here once, not again under What to ask for.
            NegotiationWords.lead(s, c.ranking()).ifPresent(lead -> blocks.add(Block.Paragraph.muted(lead)));
        }
        String title = Texts.get("report.briefs.title");
        return List.of(new ReportSection("negotiation-briefs", title, true, title, blocks));
    }

    static List<Block> blocks(BriefDraft d) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(3, d.title()));
        out.add(new Block.Facts(List.of(new Block.Fact(Texts.get("report.briefs.subject"), d.subject()))));
        // For the meeting, what the email asks for and on what grounds; the letter around it (greeting, the
        // paragraphs of courtesy, the signature) is the student's to write, and File > Negotiation brief… holds it.
        if (!d.asks().isEmpty()) {
            out.add(new Block.Bullets(d.asks()));
        }
        if (!d.findings().isEmpty()) {
            out.add(new Block.Heading(4, Texts.get("negotiation.brief.context")));
            out.add(new Block.Bullets(d.findings()));
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < d.sources().size(); i++) {
            numbered.add("[" + (i + 1) + "] " + d.sources().get(i));
        }
        if (!numbered.isEmpty()) {
            out.add(Block.Paragraph.muted(Texts.get("report.briefs.sources", String.join(Texts.get("report.briefs.sourceSeparator"), numbered))));
        }
        return out;
    }
}
