package io.offerbench.scoring;

import io.offerbench.domain.Money;
import java.util.List;

/**
 * Something the student can take into a negotiation, as facts: the text layer ({@code text.HintWords}) says
 * {@code reason} ({@code advice.<key>} in the bundles), and the benchmark rows it rests on are listed by id.
 *
 * @param component what the hint is about: "total", "base", "sign_on" or "equity"
 * @param target    the figure to ask for, or null: only ever the low end of a band of typical rows
 *                  (never a top-of-market, company-specific or one-off figure)
 */
public record NegotiationHint(Reason reason, List<String> benchmarkIds, String component, Money target) {

    public NegotiationHint {
        benchmarkIds = List.copyOf(benchmarkIds);
        component = component == null ? "" : component;
    }
}
