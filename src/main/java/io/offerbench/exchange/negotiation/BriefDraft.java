package io.offerbench.exchange.negotiation;

import java.util.List;
import java.util.Set;

/**
 * A negotiation brief in parts, so the command line and the window write the same Markdown and the
 * report lays out the same words as its own blocks.
 *
 * @param letter      the email's paragraphs before the asks (greeting, thanks) and the sentence that introduces them
 * @param asks        the specific asks, each ending in its source's number, "[2]"
 * @param after       the paragraphs after the asks: the deadline or extension request, closing, signature
 * @param sources     numbered sources, in the order the asks and findings cite them
 * @param findings    what OfferBench found (hints and targets), each ending in its sources' numbers
 * @param benchmarkIds every benchmark row a source names: the only ids the brief cites
 */
public record BriefDraft(String title, String draftNote, String subject, List<String> letter, List<String> asks,
        List<String> after, List<String> sources, List<String> findings, Set<String> benchmarkIds) {

    public BriefDraft {
        letter = List.copyOf(letter);
        asks = List.copyOf(asks);
        after = List.copyOf(after);
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
        benchmarkIds = Set.copyOf(benchmarkIds);
    }

    /** The brief as Markdown: what {@code brief --offer NAME FILE.md} and File > Negotiation brief… write. */
    public String markdown(String subjectLabel, String sourcesTitle, String findingsTitle) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append('*').append(draftNote).append("*\n\n");
        md.append("**").append(subjectLabel).append("** ").append(subject).append("\n\n");
        letter.forEach(p -> md.append(p).append("\n\n"));
        if (!asks.isEmpty()) {
            asks.forEach(a -> md.append("- ").append(a).append('\n'));
            md.append('\n');
        }
        after.forEach(p -> md.append(p).append("\n\n"));
        md.append("---\n\n## ").append(sourcesTitle).append("\n\n");
        for (int i = 0; i < sources.size(); i++) {
            md.append(i + 1).append(". ").append(sources.get(i)).append('\n');
        }
        if (!findings.isEmpty()) {
            md.append("\n## ").append(findingsTitle).append("\n\n");
            findings.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }
}
