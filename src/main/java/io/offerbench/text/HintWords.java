package io.offerbench.text;

import io.offerbench.scoring.NegotiationHint;

/** A negotiation hint in words: the bundle's {@code advice.<key>}, the same in the window, the report, the brief and the CLI. */
public final class HintWords {

    private HintWords() {
    }

    public static String text(NegotiationHint hint) {
        return Texts.get("advice." + hint.reason().key(), ReasonWords.arguments(hint.reason()));
    }
}
