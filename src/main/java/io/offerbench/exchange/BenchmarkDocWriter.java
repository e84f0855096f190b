package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.text.BenchmarkTexts;
import io.offerbench.text.Formats;
import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code docs/benchmarks.md} and its Chinese twin {@code docs/benchmarks.zh-CN.md}, the human-readable face of
 * the benchmark dataset: every figure in words, with its source, verbatim quote, caveat and how scoring uses it. The
 * words are the bundle's ({@code benchmarks.doc.*}); each row's subject and caveat are our words, in the document's
 * language ({@link BenchmarkTexts}); the quotes stay as the source documents wrote them. The files are generated, never edited, and a test fails when either no longer matches the dataset.
 */
public final class BenchmarkDocWriter {

    /** Where the English document lives, relative to the project root. */
    public static final Path DEFAULT_OUTPUT = Path.of("docs", "benchmarks.md");
    /** Where the Chinese document lives, relative to the project root. */
    public static final Path CHINESE_OUTPUT = Path.of("docs", "benchmarks.zh-CN.md");

    /** How to regenerate, shown in the documents and in the staleness test's failure message. */
    public static final String REGENERATE_COMMAND = "mvn -o -q test -Dtest=BenchmarkDocWriterTest -Dofferbench.regenerateDocs=true";

    private BenchmarkDocWriter() {
    }

    /** The document of {@code language}, relative to the project root. */
    public static Path output(Language language) {
        return language == Language.SIMPLIFIED_CHINESE ? CHINESE_OUTPUT : DEFAULT_OUTPUT;
    }

    /**
     * Writes both documents for the bundled dataset: the English one to {@code args[0]} (or {@link #DEFAULT_OUTPUT}),
     * the Chinese one to {@code args[1]} (or {@link #CHINESE_OUTPUT}).
     */
    public static void main(String[] args) throws IOException {
        BenchmarkDataset dataset = BenchmarkDataset.bundled();
        for (Language language : List.of(Language.ENGLISH, Language.SIMPLIFIED_CHINESE)) {
            int i = language == Language.ENGLISH ? 0 : 1;
            Path output = args.length > i ? Path.of(args[i]) : output(language);
            if (output.getParent() != null) {
                Files.createDirectories(output.getParent());
            }
            Files.writeString(output, render(dataset, language), StandardCharsets.UTF_8);
            System.out.println(output.toAbsolutePath());
        }
    }

    /** The English document. */
    public static String render(BenchmarkDataset dataset) {
        return render(dataset, Language.ENGLISH);
    }

    /** The document in {@code language}; the language the program shows is unchanged afterwards. */
    public static synchronized String render(BenchmarkDataset dataset, Language language) {
        Language shown = Texts.language();
        Texts.use(language);
        try {
            return renderInCurrentLanguage(dataset);
        } finally {
            Texts.use(shown);
        }
    }

    private static String renderInCurrentLanguage(BenchmarkDataset dataset) {
        StringBuilder md = new StringBuilder();
        intro(md, dataset);
        sources(md, dataset.benchmarks());
        for (Segment segment : Segment.values()) {
            List<Benchmark> inSegment = dataset.benchmarks().stream().filter(b -> b.segment() == segment).toList();
            if (inSegment.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(Texts.get("benchmarks.doc.coded", BenchmarkWording.segment(segment), segment.code()))
                    .append('\n');
            for (Metric metric : Metric.values()) {
                List<Benchmark> rows = inSegment.stream().filter(b -> b.metric() == metric).toList();
                if (!rows.isEmpty()) {
                    md.append("\n### ").append(Texts.get("benchmarks.doc.coded", BenchmarkWording.metric(metric), metric.code()))
                            .append('\n');
                    rows.forEach(b -> row(md, b));
                }
            }
        }
        return md.toString();
    }

    private static void intro(StringBuilder md, BenchmarkDataset dataset) {
        md.append("# ").append(Texts.get("benchmarks.doc.title")).append("\n\n")
                .append(Texts.get("benchmarks.doc.generated", BenchmarkDataset.RESOURCE, REGENERATE_COMMAND)).append("\n\n")
                .append(Texts.get("benchmarks.doc.version", dataset.version(), dataset.benchmarks().size())).append("\n\n")
                .append(Texts.get("benchmarks.doc.intro")).append("\n\n")
                .append("## ").append(Texts.get("benchmarks.doc.howToRead")).append("\n\n");
        for (String part : List.of("figure", "unit", "segment", "asOf", "quote", "caveat", "kind", "scoring")) {
            md.append("- ").append(Texts.get("benchmarks.doc.read." + part)).append('\n');
        }
    }

    private static void sources(StringBuilder md, List<Benchmark> rows) {
        Map<String, Benchmark> firstBySeed = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Benchmark b : rows) {
            firstBySeed.putIfAbsent(b.seedFile(), b);
            counts.merge(b.seedFile(), 1, Integer::sum);
        }
        md.append("\n## ").append(Texts.get("benchmarks.doc.sources")).append("\n\n")
                .append(Texts.get("benchmarks.doc.sources.header")).append("\n| --- | --- | --- | --- |\n");
        firstBySeed.forEach((seed, b) -> md.append("| `").append(seed).append("` | ").append(escape(b.outlet()))
                .append(" | ").append(Formats.published(b.published())).append(" | ").append(counts.get(seed)).append(" |\n"));
    }

    private static void row(StringBuilder md, Benchmark b) {
        md.append("\n#### ").append(escape(BenchmarkTexts.subject(b))).append("\n\n")
                .append(line("figure", escape(BenchmarkWording.figure(b))))
                .append(line("who", BenchmarkWording.seniority(b.seniority()), String.valueOf(b.asOfYear())))
                .append(line("source", escape(b.outlet()), Formats.published(b.published()), b.seedFile()))
                .append(line("quote", escape(b.quote())))
                .append(line("kind", b.kind().code()));
        if (b.informs() != null) {
            md.append(line("informs", b.informs().code()));
        } else if (b.kind() == BenchmarkKind.QUALITATIVE) {
            md.append(line("informsNone"));
        }
        md.append(line("caveat", escape(BenchmarkTexts.caveat(b))))
                .append(line("use", escape(scoringUse(b))))
                .append(line("id", b.id()));
    }

    /** One "- **Label:** value" line of a row, as the language punctuates it. */
    private static String line(String part, Object... args) {
        return Texts.get("benchmarks.doc.row." + part, args) + "\n";
    }

    /** What the scorer does with a row of this kind, in the user's terms. */
    static String scoringUse(Benchmark b) {
        String who = Texts.get("benchmarks.doc.use.who", b.segment().code(), BenchmarkWording.seniority(b.seniority()));
        if (b.metric().isPay()) {
            String measure = Texts.get(b.metric() == Metric.SIGN_ON_BONUS ? "benchmarks.doc.use.signOn" : "benchmarks.doc.use.yearly");
            return switch (b.kind()) {
                case TYPICAL -> Texts.get("benchmarks.doc.use.typical", measure, who);
                case TOP_OF_MARKET -> Texts.get(b.segment() == Segment.AI_MARKET ? "benchmarks.doc.use.topOfMarket.anySegment"
                        : "benchmarks.doc.use.topOfMarket", who);
                case COMPANY_SPECIFIC -> Texts.get("benchmarks.doc.use.companySpecific", who);
                case ONE_OFF -> Texts.get("benchmarks.doc.use.oneOff");
                case RATIO, QUALITATIVE -> Texts.get("benchmarks.doc.use.context");
            };
        }
        if (b.informs() != null) {
            return Texts.get("benchmarks.doc.use.informs", b.informs().code(),
                    b.segment() == Segment.AI_MARKET ? Texts.get("benchmarks.doc.use.everyOffer") : who);
        }
        return switch (b.metric()) {
            case PAY_RATIO -> Texts.get("benchmarks.doc.use.payRatio");
            case EXCHANGE_RATE -> Texts.get("benchmarks.doc.use.exchangeRate", BenchmarkWording.figure(b));
            case TIME_SHARE, MARKET_SIGNAL -> Texts.get("benchmarks.doc.use.informsNone");
            default -> Texts.get("benchmarks.doc.use.context");
        };
    }

    /** Escapes what Markdown renderers would otherwise misread: dollar signs start maths on GitHub. */
    private static String escape(String text) {
        return text.replace("$", "\\$").replace("|", "\\|");
    }
}
