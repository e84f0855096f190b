package io.offerbench.exchange.report;

import io.offerbench.domain.Benchmark;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.scoring.BandRow;
import io.offerbench.scoring.MarketContext;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.NegotiationHint;
import io.offerbench.scoring.OfferScore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every benchmark row the scores cite — in market bands, in negotiation hints and as the anchors of
 * the pay scale — with its figure, source, date, verbatim quote and caveat, so an advisor can check
 * each number against its document.
 */
final class BenchmarksSection {

    static final String INTRO = "Each row below was extracted by hand from a public document, or added by the student as"
            + " their own row. The quote is verbatim from the document; the caveat says what the figure is and is not."
            + " The dataset records each source by its document file, outlet and publication date; it holds no web addresses,"
            + " and nothing in this report is fetched from the internet.";

    private BenchmarksSection() {
    }

    static ReportSection of(ReportContent c) {
        Map<String, Set<String>> uses = uses(c);
        List<Block> blocks = new ArrayList<>();
        if (uses.isEmpty()) {
            blocks.add(Block.Paragraph.plain(c.offers().isEmpty() ? "No benchmark was used: there are no offers yet."
                    : "No benchmark was used: no offer matched a benchmark row."));
            return new ReportSection("benchmarks", "Benchmarks used", !c.offers().isEmpty(), "Benchmarks", blocks);
        }
        blocks.add(Block.Paragraph.muted(INTRO));
        for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
            blocks.add(new Block.Heading(3, e.getKey()));
            blocks.addAll(row(c.benchmark(e.getKey()), e.getValue()));
        }
        return new ReportSection("benchmarks", "Benchmarks used", true, "Benchmarks", blocks);
    }

    /** Benchmark id (sorted) to what it was used for, in the order first met. */
    static Map<String, Set<String>> uses(ReportContent c) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (OfferReport r : c.offers()) {
            OfferScore s = r.score();
            for (MarketPosition m : s.marketPositions()) {
                for (BandRow row : m.rows()) {
                    note(uses, row.benchmarkId(), s.offer().label() + ": " + m.measure().label().toLowerCase(Locale.ROOT)
                            + " band (" + row.role() + ")");
                }
            }
            for (MarketPosition m : s.marketPositions()) {
                for (MarketContext context : m.context()) {
                    note(uses, context.row().benchmarkId(), s.offer().label() + ": " + m.measure().label().toLowerCase(Locale.ROOT)
                            + " context (not a target)");
                }
            }
            for (NegotiationHint h : s.hints()) {
                h.benchmarkIds().forEach(id -> note(uses, id, s.offer().label() + ": negotiation hint"));
            }
        }
        if (!c.offers().isEmpty()) {
            c.ranking().payScale().benchmarkIds().forEach(id -> note(uses, id, "Every offer: anchor of the pay criterion's scale"));
        }
        return uses;
    }

    private static void note(Map<String, Set<String>> uses, String id, String use) {
        uses.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(use);
    }

    private static List<Block> row(Optional<Benchmark> found, Set<String> uses) {
        List<Block> blocks = new ArrayList<>();
        if (found.isEmpty()) {
            blocks.add(Block.Paragraph.muted("This id is not in the benchmark table any more."));
            blocks.add(new Block.Facts(List.of(new Block.Fact("Used for", String.join("\n", uses)))));
            return blocks;
        }
        Benchmark b = found.get();
        List<Block.Fact> facts = new ArrayList<>();
        if (!b.subject().isBlank()) {
            facts.add(new Block.Fact("What", b.subject()));
        }
        facts.add(new Block.Fact("Figure", BenchmarkWording.figure(b)));
        facts.add(new Block.Fact("Segment", BenchmarkWording.segment(b.segment()) + ", " + BenchmarkWording.seniority(b.seniority())
                + ", as of " + b.asOfYear()));
        facts.add(new Block.Fact("Measure", BenchmarkWording.metric(b.metric())));
        facts.add(new Block.Fact("Source document", b.isFromDocument() ? b.seedFile() : "the student's own row (no document)"));
        facts.add(new Block.Fact("Outlet", b.outlet().isBlank() ? "not given" : b.outlet()));
        facts.add(new Block.Fact("Published", b.published().isBlank() ? "not given" : b.published()));
        facts.add(new Block.Fact("Used for", String.join("\n", uses)));
        blocks.add(new Block.Facts(facts));
        blocks.add(b.quote().isBlank() ? Block.Paragraph.muted("No quote recorded.") : new Block.Quote(b.quote()));
        if (!b.caveat().isBlank()) {
            blocks.add(Block.Paragraph.plain("Caveat: " + b.caveat()));
        }
        return blocks;
    }
}
