package io.offerbench.scoring;

import java.util.List;

/** A sentence the student can take into a negotiation, with the benchmark rows it rests on. */
public record NegotiationHint(String text, List<String> benchmarkIds) {

    public NegotiationHint {
        benchmarkIds = List.copyOf(benchmarkIds);
    }
}
