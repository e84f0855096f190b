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
