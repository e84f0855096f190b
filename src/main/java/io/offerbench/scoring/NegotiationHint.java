package io.offerbench.scoring;

import io.offerbench.domain.Money;
import java.util.List;

/**
 * A sentence the student can take into a negotiation, with the benchmark rows it rests on.
 *
 * @param component what the hint is about: "total", "base", "sign_on" or "equity"
 * @param target    the figure to ask for, or null: only ever the low end of a band of typical rows
 *                  (never a top-of-market, company-specific or one-off figure)
 */
public record NegotiationHint(String text, List<String> benchmarkIds, String component, Money target) {

    public NegotiationHint {
        benchmarkIds = List.copyOf(benchmarkIds);
        component = component == null ? "" : component;
    }

    /** A hint with no component named and no target. */
    public NegotiationHint(String text, List<String> benchmarkIds) {
        this(text, benchmarkIds, "", null);
    }
}
