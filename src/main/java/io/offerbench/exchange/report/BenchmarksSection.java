package io.offerbench.exchange.report;

import io.offerbench.text.BenchmarkTexts;
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
        Map<String, Set<String>> uses = grouped(uses(c));
        List<Block> blocks = new ArrayList<>();
        if (uses.isEmpty()) {
            blocks.add(Block.Paragraph.plain(ReportWords.text(c.offers().isEmpty() ? "benchmarks.none.noOffers" : "benchmarks.none.noMatch")));
            return new ReportSection("benchmarks", ReportWords.text("benchmarks.title"), !c.offers().isEmpty(), ReportWords.text("benchmarks.toc"), blocks);
        }
        blocks.add(Block.Paragraph.muted(ReportWords.text("benchmarks.intro")));
        // The documents' signals quoted beside the criteria go in one table at the end, a row each: forty of them
        // laid out like the figures took ten pages.
        List<List<String>> signals = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
            Optional<Benchmark> found = c.benchmark(e.getKey());
            if (found.isPresent() && onlySignal(e.getValue())) {
                signals.add(signalRow(found.get(), e.getValue()));
                continue;
            }
            blocks.add(new Block.Heading(3, e.getKey()));
            blocks.addAll(row(found, e.getValue()));
        }
        if (!signals.isEmpty()) {
            blocks.add(new Block.Heading(3, ReportWords.text("benchmarks.signals.heading")));
            blocks.add(Block.Paragraph.muted(ReportWords.text("benchmarks.signals.intro")));
            blocks.add(new Block.Table(List.of(Block.Column.text(ReportWords.text("benchmarks.signals.col.row"), 1.9f),
                    Block.Column.text(ReportWords.text("benchmarks.signals.col.quote"), 5.6f),
                    Block.Column.text(ReportWords.text("benchmarks.signals.col.source"), 1.8f)), signals, false));
        }
        return new ReportSection("benchmarks", ReportWords.text("benchmarks.title"), true, ReportWords.text("benchmarks.toc"), blocks);
    }

    /** Stands for the offers in a use's sentence until the offers that share it are known. */
    private static final String OFFERS = "\u0000";

    /**
     * What each row was used for, one line per kind of use with every offer it was used for: "Northwind, Helix: yearly
     * pay context" rather than a line per offer.
     */
    private static Map<String, Set<String>> grouped(Map<String, Map<String, Set<String>>> uses) {
        Map<String, Set<String>> out = new TreeMap<>();
        uses.forEach((id, kinds) -> {
            Set<String> lines = new LinkedHashSet<>();
            kinds.forEach((sentence, offers) -> lines.add(sentence.replace(OFFERS, String.join(ReportWords.text("benchmarks.offerSeparator"), offers))));
            out.put(id, lines);
        });
        return out;
    }

    /** Benchmark id (sorted) to each kind of use (its sentence) and the offers it was used for, in the order first met. */
    static Map<String, Map<String, Set<String>>> uses(ReportContent c) {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        for (OfferReport r : c.offers()) {
            OfferScore s = r.score();
            for (MarketPosition m : s.marketPositions()) {
                for (BandRow row : m.rows()) {
                    note(uses, row.benchmarkId(), ReportWords.text("benchmarks.use.band", OFFERS, measure(m), role(row.role())), s.offer().label());
                }
            }
            for (MarketPosition m : s.marketPositions()) {
                for (MarketContext context : m.context()) {
                    note(uses, context.row().benchmarkId(), ReportWords.text("benchmarks.use.context", OFFERS, measure(m)), s.offer().label());
                }
            }
            for (io.offerbench.scoring.ScoreComponent sc : s.components()) {
                for (io.offerbench.scoring.Reason said : sc.reasons()) {
                    if (ScoreBlocks.isSignal(said)) {
                        note(uses, ((Benchmark) said.args().get(0)).id(), ReportWords.text("benchmarks.use.signal", ReportWords.criterion(sc.criterion())), null);
                    }
                }
            }
            for (NegotiationHint h : s.hints()) {
                h.benchmarkIds().forEach(id -> note(uses, id, ReportWords.text("benchmarks.use.hint", OFFERS), s.offer().label()));
            }
        }
        if (!c.offers().isEmpty()) {
            c.ranking().payScale().benchmarkIds().forEach(id -> note(uses, id, ReportWords.text("benchmarks.use.anchor"), null));
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

    private static boolean onlySignal(Set<String> uses) {
        String prefix = ReportWords.text("benchmarks.use.signal", "\u0000").split("\u0000", -1)[0];
        return uses.stream().allMatch(u -> u.startsWith(prefix));
    }

    /** Row id and the criteria it stands beside; the verbatim quote; outlet and date. */
    private static List<String> signalRow(Benchmark b, Set<String> uses) {
        String notGiven = ReportWords.text("notGiven");
        String beside = String.join("\n", uses);
        String quote = b.quote().isBlank() ? BenchmarkTexts.subject(b) : ReportWords.text("benchmarks.signals.quote", b.quote());
        // The caveat stays on the Benchmarks tab (the intro says so), and the outlet and date name the document.
        return List.of(b.id() + "\n" + beside, quote, ReportWords.text("benchmarks.signals.sourceValue",
                b.outlet().isBlank() ? notGiven : b.outlet(), b.published().isBlank() ? notGiven : Formats.published(b.published())));
    }

    private static void note(Map<String, Map<String, Set<String>>> uses, String id, String use, String offer) {
        Set<String> offers = uses.computeIfAbsent(id, k -> new java.util.LinkedHashMap<>()).computeIfAbsent(use, k -> new LinkedHashSet<>());
        if (offer != null) {
            offers.add(offer);
        }
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
        // Four rows, not eight: a page of the report holds three or four benchmarks instead of two.
        List<Block.Fact> facts = new ArrayList<>();
        if (!b.subject().isBlank()) {
            facts.add(new Block.Fact(ReportWords.text("benchmarks.what"), BenchmarkTexts.subject(b)));
        }
        facts.add(new Block.Fact(ReportWords.text("benchmarks.figure"), ReportWords.text("benchmarks.figureValue", BenchmarkWording.figure(b),
                BenchmarkWording.metric(b.metric()), ReportWords.text("benchmarks.segmentValue",
                BenchmarkWording.segment(b.segment()), BenchmarkWording.seniority(b.seniority()), String.valueOf(b.asOfYear())))));
        String document = SourceDocuments.source(b);
        // A known document already names its outlet and date; a row of the user's own says what it has.
        facts.add(new Block.Fact(ReportWords.text("benchmarks.source"), !b.outlet().isBlank() && document.contains(b.outlet()) ? document
                : ReportWords.text("benchmarks.sourceValue", b.outlet().isBlank() ? notGiven : b.outlet(),
                        b.published().isBlank() ? notGiven : Formats.published(b.published()), document)));
        facts.add(new Block.Fact(ReportWords.text("benchmarks.usedFor"), String.join("\n", uses)));
        blocks.add(new Block.Facts(facts));
        blocks.add(b.quote().isBlank() ? Block.Paragraph.muted(ReportWords.text("benchmarks.noQuote")) : new Block.Quote(b.quote()));
        if (!b.caveat().isBlank()) {
            blocks.add(Block.Paragraph.plain(ReportWords.text("benchmarks.caveat", BenchmarkTexts.caveat(b))));
        }
        return blocks;
    }
}
