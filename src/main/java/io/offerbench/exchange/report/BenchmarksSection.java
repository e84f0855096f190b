package io.offerbench.exchange.report;

import io.offerbench.domain.Benchmark;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.exchange.SourceDocuments;
import io.offerbench.text.Formats;
import io.offerbench.text.Texts;
import io.offerbench.scoring.BandRow;
import io.offerbench.scoring.MarketContext;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.NegotiationHint;
import io.offerbench.scoring.OfferScore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    private BenchmarksSection() {
    }

    static ReportSection of(ReportContent c) {
        Map<String, Set<String>> uses = uses(c);
        List<Block> blocks = new ArrayList<>();
        if (uses.isEmpty()) {
            blocks.add(Block.Paragraph.plain(ReportWords.text(c.offers().isEmpty() ? "benchmarks.none.noOffers" : "benchmarks.none.noMatch")));
            return new ReportSection("benchmarks", ReportWords.text("benchmarks.title"), !c.offers().isEmpty(), ReportWords.text("benchmarks.toc"), blocks);
        }
        blocks.add(Block.Paragraph.muted(ReportWords.text("benchmarks.intro")));
        for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
            blocks.add(new Block.Heading(3, e.getKey()));
            blocks.addAll(row(c.benchmark(e.getKey()), e.getValue()));
        }
        return new ReportSection("benchmarks", ReportWords.text("benchmarks.title"), true, ReportWords.text("benchmarks.toc"), blocks);
    }

    /** Benchmark id (sorted) to what it was used for, in the order first met. */
    static Map<String, Set<String>> uses(ReportContent c) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (OfferReport r : c.offers()) {
            OfferScore s = r.score();
            for (MarketPosition m : s.marketPositions()) {
                for (BandRow row : m.rows()) {
                    note(uses, row.benchmarkId(), ReportWords.text("benchmarks.use.band", s.offer().label(), measure(m), role(row.role())));
                }
            }
            for (MarketPosition m : s.marketPositions()) {
                for (MarketContext context : m.context()) {
                    note(uses, context.row().benchmarkId(), ReportWords.text("benchmarks.use.context", s.offer().label(), measure(m)));
                }
            }
            for (NegotiationHint h : s.hints()) {
                h.benchmarkIds().forEach(id -> note(uses, id, ReportWords.text("benchmarks.use.hint", s.offer().label())));
            }
        }
        if (!c.offers().isEmpty()) {
            c.ranking().payScale().benchmarkIds().forEach(id -> note(uses, id, ReportWords.text("benchmarks.use.anchor")));
        }
        return uses;
    }

    /** "year-1 total", "base salary": the measure as a sentence names it. */
    private static String measure(MarketPosition m) {
        return Texts.get("market.measure.noun." + m.measure().name());
    }

    /** How scoring used a row, in words: scoring names the role, "typical" or "context" (scoring.BenchmarkSelector). */
    static String role(String role) {
        return switch (role) {
            case "typical" -> ReportWords.text("benchmarks.role.typical");
            case "context" -> ReportWords.text("benchmarks.role.context");
            default -> role;
        };
    }

    private static void note(Map<String, Set<String>> uses, String id, String use) {
        uses.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(use);
    }

    private static List<Block> row(Optional<Benchmark> found, Set<String> uses) {
        List<Block> blocks = new ArrayList<>();
        if (found.isEmpty()) {
            blocks.add(Block.Paragraph.muted(ReportWords.text("benchmarks.gone")));
            blocks.add(new Block.Facts(List.of(new Block.Fact(ReportWords.text("benchmarks.usedFor"), String.join("\n", uses)))));
            return blocks;
        }
        Benchmark b = found.get();
        String notGiven = ReportWords.text("notGiven");
        List<Block.Fact> facts = new ArrayList<>();
        if (!b.subject().isBlank()) {
            facts.add(new Block.Fact(ReportWords.text("benchmarks.what"), b.subject()));
        }
        facts.add(new Block.Fact(ReportWords.text("benchmarks.figure"), BenchmarkWording.figure(b)));
        facts.add(new Block.Fact(ReportWords.text("benchmarks.segment"), ReportWords.text("benchmarks.segmentValue",
                BenchmarkWording.segment(b.segment()), BenchmarkWording.seniority(b.seniority()), String.valueOf(b.asOfYear()))));
        facts.add(new Block.Fact(ReportWords.text("benchmarks.measure"), BenchmarkWording.metric(b.metric())));
        facts.add(new Block.Fact(ReportWords.text("benchmarks.source"), SourceDocuments.source(b)));
        facts.add(new Block.Fact(ReportWords.text("benchmarks.outlet"), b.outlet().isBlank() ? notGiven : b.outlet()));
        facts.add(new Block.Fact(ReportWords.text("benchmarks.published"), b.published().isBlank() ? notGiven : Formats.published(b.published())));
        facts.add(new Block.Fact(ReportWords.text("benchmarks.usedFor"), String.join("\n", uses)));
        blocks.add(new Block.Facts(facts));
        blocks.add(b.quote().isBlank() ? Block.Paragraph.muted(ReportWords.text("benchmarks.noQuote")) : new Block.Quote(b.quote()));
        if (!b.caveat().isBlank()) {
            blocks.add(Block.Paragraph.plain(ReportWords.text("benchmarks.caveat", b.caveat())));
        }
        return blocks;
    }
}
