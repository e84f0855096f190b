package io.offerbench.text;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.Money;
import io.offerbench.scoring.BandRow;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.PayMeasure;
import io.offerbench.scoring.Percent;
import io.offerbench.scoring.Reason;
import io.offerbench.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Facts scoring returns, in words: each {@link Reason} is a bundle key under a family prefix ({@code reason.} for how a
 * criterion was scored; {@code advice.}, {@code pay.equity.}, {@code pay.note.} through their own classes) with its arguments formatted here —
 * money as {@link Formats#inSentence}, percentages "18%", a benchmark row as its range and citation, enum
 * constants by their label, numbers in plain digits — so every language says the same facts.
 */
public final class ReasonWords {

    private ReasonWords() {
    }

    /** All of a component's reasons, one sentence after another. */
    public static String explain(ScoreComponent c) {
        return explain(c.reasons());
    }

    public static String explain(List<Reason> reasons) {
        return reasons.stream().map(ReasonWords::text).collect(Collectors.joining(sentenceGap()));
    }

    /**
     * Reasons whose sentence carries the criterion's whole scale ("Compute: Generous (scarce 10, modest 30 …)"). The
     * window says it beside the one offer; the report, where the same scale stood in every offer's table, says each
     * scale once in "How scores are read" and beside an offer only its fact ({@code reason.fact.<key>}).
     */
    private static final Set<String> WITH_RULE = Set.of("researchFreedom", "publication", "compute", "compute.startup", "teaching",
            "topicDemand", "fivePoint", "hours", "commute", "visa", "interest", "pay.scale");
    /** Reasons that are the scale alone, nothing about the offer. */
    private static final Set<String> RULE_ONLY = Set.of("pay.scale");

    /** The offer's own fact behind a reason, without the scale; empty when the reason is the scale alone. */
    public static Optional<String> fact(Reason r) {
        if (RULE_ONLY.contains(r.key())) {
            return Optional.empty();
        }
        return Optional.of(WITH_RULE.contains(r.key()) ? Texts.get("reason.fact." + r.key(), arguments(r)) : text(r));
    }

    /** The scale a reason applies, said for every offer at once ({@code reason.rule.<key>}); empty for a plain fact. */
    public static Optional<String> rule(Reason r) {
        return WITH_RULE.contains(r.key()) ? Optional.of(Texts.get("reason.rule." + r.key(), arguments(r))) : Optional.empty();
    }

    /** The facts of several reasons, one sentence after another (the report's "How it was scored" cell). */
    public static String facts(List<Reason> reasons) {
        return reasons.stream().map(ReasonWords::fact).flatMap(Optional::stream).collect(Collectors.joining(sentenceGap()));
    }

    /** Sentences one after another, as this language spaces them. */
    public static String sentences(List<String> sentences) {
        return String.join(sentenceGap(), sentences);
    }

    /** How a criterion was scored: {@code reason.<key>}. */
    public static String text(Reason r) {
        return Texts.get("reason." + r.key(), arguments(r));
    }

    /** The reason's arguments in words, for the bundle text of its family ({@code advice.}, {@code pay.note.}…). */
    public static Object[] arguments(Reason r) {
        return r.args().stream().map(ReasonWords::argument).toArray();
    }

    /** English puts a space between sentences; Chinese does not. */
    static String sentenceGap() {
        return Texts.language() == Language.SIMPLIFIED_CHINESE ? "" : " ";
    }

    private static Object argument(Object a) {
        if (a instanceof Money m) {
            return Formats.inSentence(m);
        }
        if (a instanceof Percent p) {
            return MoneyFormat.percent(p.value());
        }
        if (a instanceof io.offerbench.domain.Benchmark b) {
            // A document's signal: its words, who said them and when, and the row's id to find it on the Benchmarks tab.
            return Texts.get("reason.signal.source", b.quote().isBlank() ? BenchmarkTexts.subject(b) : b.quote(), b.outlet(), Formats.published(b.published()), b.id());
        }
        if (a instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (a instanceof BandRow row) {
            return MarketWords.cited(row);
        }
        if (a instanceof Collection<?> many) {
            return many.stream().map(o -> String.valueOf(argument(o))).collect(Collectors.joining(Texts.get("words.listSeparator")));
        }
        if (a instanceof Criterion c) {
            return Texts.get("criterion." + c.name());
        }
        if (a instanceof PayMeasure m) {
            return Texts.get("market.measure." + m.name());
        }
        if (a instanceof Enum<?> e) {
            return Texts.label(e);
        }
        return a == null ? "" : a;
    }
}
