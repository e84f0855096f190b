package io.offerbench.text;

import io.offerbench.domain.Money;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.Reason;
import io.offerbench.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a criterion was scored, in words: each {@link Reason} scoring returns is the bundle's
 * {@code reason.<key>} with its arguments formatted here (money as "$300,000", enum constants by
 * their label, numbers in plain digits), so every language says the same facts.
 */
public final class ReasonWords {

    private ReasonWords() {
    }

    /** All of a component's reasons, one sentence after another. */
    public static String explain(ScoreComponent c) {
        return explain(c.reasons());
    }

    public static String explain(List<Reason> reasons) {
        StringBuilder out = new StringBuilder();
        for (Reason r : reasons) {
            if (out.length() > 0) {
                out.append(Texts.language() == Language.SIMPLIFIED_CHINESE ? "" : " ");
            }
            out.append(text(r));
        }
        return out.toString();
    }

    public static String text(Reason r) {
        Object[] args = r.args().stream().map(ReasonWords::argument).toArray();
        return Texts.get("reason." + r.key(), args);
    }

    private static Object argument(Object a) {
        if (a instanceof Money m) {
            return MoneyFormat.format(m);
        }
        if (a instanceof io.offerbench.domain.Benchmark b) {
            // A document's signal: its words, who said them and when, and the row's id to find it on the Benchmarks tab.
            return Texts.get("reason.signal.source", b.quote().isBlank() ? b.subject() : b.quote(), b.outlet(), b.published(), b.id());
        }
        if (a instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (a instanceof Enum<?> e) {
            return Texts.label(e);
        }
        return a == null ? "" : a;
    }
}
