package io.offerbench.exchange.report;

import java.util.ArrayList;
import java.util.List;

/** The whole report as sections of blocks, in reading order; both renderers walk this and nothing else. */
record ReportDocument(String title, String subtitle, String footer, List<ReportSection> sections) {

    ReportDocument {
        sections = List.copyOf(sections);
    }

    static ReportDocument of(ReportContent c) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(HeaderSection.of(c));
        sections.add(RankingSection.of(c));
        sections.addAll(NegotiationSection.of(c));
        sections.add(ChartsSection.of(c));
        ScoringRulesSection.of(c).ifPresent(sections::add);
        for (int i = 0; i < c.offers().size(); i++) {
            sections.add(OfferSection.of(c, c.offers().get(i), i + 1));
        }
        sections.addAll(BriefsSection.of(c));
        sections.add(BenchmarksSection.of(c));
        String title = ReportWords.text("title");
        String generated = ReportWords.generated(c.generatedAt());
        String subtitle = ReportWords.text("subtitle", c.offers().size(), io.offerbench.text.ProfileNames.of(c.weights()), generated);
        String footer = ReportWords.text("footer", title, generated);
        return new ReportDocument(title, subtitle, footer, sections);
    }

    int figures() {
        return (int) sections.stream().mapToLong(ReportSection::figures).sum();
    }

    /** Progress steps: one per section, one per chart, and one for putting the file in place. */
    int steps() {
        return sections.size() + figures() + 1;
    }
}
