package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code docs/benchmarks.md}, the human-readable face of the benchmark dataset: every figure in
 * words, with its source, verbatim quote, caveat and how scoring uses it. The file is generated, never
 * edited, and a test fails when it no longer matches the dataset.
 */
public final class BenchmarkDocWriter {

    /** Where the document lives, relative to the project root. */
    public static final Path DEFAULT_OUTPUT = Path.of("docs", "benchmarks.md");

    /** How to regenerate, shown in the document and in the staleness test's failure message. */
    public static final String REGENERATE_COMMAND = "mvn -q -o compile dependency:build-classpath "
            + "-Dmdep.outputFile=target/cp.txt && java -cp \"target/classes:$(cat target/cp.txt)\" "
            + "io.offerbench.exchange.BenchmarkDocWriter";

    private BenchmarkDocWriter() {
    }

    /** Writes the document for the bundled dataset to {@code args[0]}, or to {@link #DEFAULT_OUTPUT}. */
    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, render(BenchmarkDataset.bundled()), StandardCharsets.UTF_8);
        System.out.println("Wrote " + output.toAbsolutePath());
    }

    public static String render(BenchmarkDataset dataset) {
        StringBuilder md = new StringBuilder();
        intro(md, dataset);
        sources(md, dataset.benchmarks());
        for (Segment segment : Segment.values()) {
            List<Benchmark> inSegment = dataset.benchmarks().stream().filter(b -> b.segment() == segment).toList();
            if (inSegment.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(BenchmarkWording.segment(segment))
                    .append(" (`").append(segment.code()).append("`)\n");
            for (Metric metric : Metric.values()) {
                List<Benchmark> rows = inSegment.stream().filter(b -> b.metric() == metric).toList();
                if (!rows.isEmpty()) {
                    md.append("\n### ").append(BenchmarkWording.metric(metric))
                            .append(" (`").append(metric.code()).append("`)\n");
                    rows.forEach(b -> row(md, b));
                }
            }
        }
        return md.toString();
    }

    private static void intro(StringBuilder md, BenchmarkDataset dataset) {
        md.append("# Market benchmarks\n\n")
                .append("<!-- Generated from src/main/resources").append(BenchmarkDataset.RESOURCE)
                .append(" by io.offerbench.exchange.BenchmarkDocWriter. Do not edit by hand; regenerate with: ")
                .append(REGENERATE_COMMAND).append(" -->\n\n")
                .append("Dataset version `").append(dataset.version()).append("`, ")
                .append(dataset.benchmarks().size()).append(" rows.\n\n")
                .append("""
                        OfferBench compares an offer with the market using the figures and signals below. Every row \
                        was extracted by hand from one of five public documents (news articles, a newsletter and two \
                        blog posts, 2023-2025) that ship with the project. Nothing here is a survey: each figure is \
                        what one author reported, often second-hand, for one kind of employer and career stage, at \
                        one moment. Read the caveat before leaning on a number.

                        ## How to read a row

                        - **Figure** is the row's `low`/`high` in words. Equal values are a point figure \
                        ("\\$850,000 per year"); different values a range ("\\$500,000–\\$600,000 per year"); only \
                        `low` means "upwards of" or "at least"; only `high` means "under". Qualitative signals have \
                        no figure.
                        - **Unit**: `per_year` is yearly pay, `one_off` is paid once (never compare it with yearly \
                        pay), `ratio` is "times" (2–5×), `percent` a share, `count` a number of people, `amount` a \
                        sum of money that is not pay (funding, acquisitions, buybacks).
                        - **Segment** is the kind of employer. Google DeepMind and Meta's labs are filed under big \
                        tech because they sit inside Google and Meta; OpenAI and Anthropic are frontier labs; \
                        `ai_market` holds figures about the market as a whole or about employers that fit no segment.
                        - **As of** is the year the figure describes, which can be earlier than publication.
                        - **Quote** is verbatim from the named document and can be found in it by searching for a \
                        distinctive phrase. The documents escape some characters with backslashes (`\\'`, `\\$`) and \
                        wrap lines differently; those are the only differences.
                        - **Caveat** says what the figure is and is not. Where documents disagree or measure \
                        different things, both rows are kept and their caveats name each other by id; no figure was \
                        merged, averaged or invented.
                        - **Kind** says what kind of figure a row is, with the reason at the end of its caveat: \
                        `typical` (a range or figure for ordinary offers of a segment and seniority), \
                        `top_of_market` (the best, a ceiling, "upwards of"), `company_specific` (one employer), \
                        `one_off` (a single reported event), `ratio`, or `qualitative` (words, or a figure that is not \
                        pay). **None of the documents' pay figures is typical**, so with these rows alone no offer is \
                        called below, within or above the market; add a typical row of your own to get verdicts.
                        - **How scoring uses it**: only typical pay rows place an offer's pay against the market, \
                        for the offer's own segment, seniority and region; top-of-market and company-specific pay \
                        rows are shown beside the verdict as context and never give a gap or a target; the exchange \
                        rate seeds the currency table; every qualitative row says which criterion it **informs** \
                        (or none): its quote is said beside that criterion in the score explanation of offers of its \
                        segment (or of any offer, for market-wide rows) and changes no points; everything else is \
                        context shown to you.
                        """);
    }

    private static void sources(StringBuilder md, List<Benchmark> rows) {
        Map<String, Benchmark> firstBySeed = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Benchmark b : rows) {
            firstBySeed.putIfAbsent(b.seedFile(), b);
            counts.merge(b.seedFile(), 1, Integer::sum);
        }
        md.append("\n## Sources\n\n| document | outlet | published | rows |\n| --- | --- | --- | --- |\n");
        firstBySeed.forEach((seed, b) -> md.append("| `").append(seed).append("` | ").append(escape(b.outlet()))
                .append(" | ").append(b.published()).append(" | ").append(counts.get(seed)).append(" |\n"));
    }

    private static void row(StringBuilder md, Benchmark b) {
        md.append("\n#### ").append(escape(b.subject())).append("\n\n")
                .append("- **Figure:** ").append(escape(BenchmarkWording.figure(b))).append('\n')
                .append("- **Who:** ").append(BenchmarkWording.seniority(b.seniority()))
                .append("; as of ").append(b.asOfYear()).append('\n')
                .append("- **Source:** ").append(escape(b.outlet())).append(", ").append(b.published())
                .append(", `").append(b.seedFile()).append("`\n")
                .append("- **Quote:** “").append(escape(b.quote())).append("”\n")
                .append("- **Kind:** `").append(b.kind().code()).append("`\n")
                .append(b.informs() != null ? "- **Informs:** `" + b.informs().code() + "`\n"
                        : b.kind() == io.offerbench.domain.BenchmarkKind.QUALITATIVE ? "- **Informs:** none\n" : "")
                .append("- **Caveat:** ").append(escape(b.caveat())).append('\n')
                .append("- **How scoring uses it:** ").append(escape(scoringUse(b))).append('\n')
                .append("- **Id:** `").append(b.id()).append("`\n");
    }

    /** What the scorer does with a row of this kind, in the user's terms. */
    static String scoringUse(Benchmark b) {
        String who = "`" + b.segment().code() + "` offers (" + BenchmarkWording.seniority(b.seniority()) + ")";
        String never = " Never a verdict, a gap or a target.";
        if (b.metric().isPay()) {
            String measure = b.metric() == Metric.SIGN_ON_BONUS ? "sign-on bonus" : "yearly pay";
            return switch (b.kind()) {
                case TYPICAL -> "Typical figure: the " + measure + " of " + who + " in its region is placed below, within or"
                        + " above it, and a gap or a hint may cite it.";
                case TOP_OF_MARKET -> "Top of the market: shown beside the verdict of " + who + (b.segment() == Segment.AI_MARKET
                        ? " of any US industry segment" : "") + " as context, with the offer as a share of it." + never
                        + " It can anchor the top of the pay criterion's scale (docs/scoring.md).";
                case COMPANY_SPECIFIC -> "One company's figure: shown beside the verdict of " + who + " as context." + never;
                case ONE_OFF -> "A one-off: listed here only; never compared with an offer.";
                case RATIO, QUALITATIVE -> "Context shown with the benchmarks; not used in scores.";
            };
        }
        if (b.informs() != null) {
            return String.format(java.util.Locale.ROOT, "Quoted beside the `%s` criterion in the score explanation of %s; it changes no points.",
                    b.informs().code(), b.segment() == Segment.AI_MARKET ? "every offer" : who);
        }
        return switch (b.metric()) {
            case PAY_RATIO -> "Not used for any verdict: dividing a top-of-market figure by a remembered ratio gives no typical"
                    + " academic salary. It sets the floor of the pay criterion's scale (docs/scoring.md).";
            case EXCHANGE_RATE -> "Seeds the currency table with " + BenchmarkWording.figure(b)
                    + " until you enter your own rate.";
            case TIME_SHARE, MARKET_SIGNAL -> "Informs no criterion: context shown with the benchmarks, never in a score.";
            default -> "Context shown with the benchmarks; not used in scores.";
        };
    }

    /** Escapes what Markdown renderers would otherwise misread: dollar signs start maths on GitHub. */
    private static String escape(String text) {
        return text.replace("$", "\\$").replace("|", "\\|");
    }
}
