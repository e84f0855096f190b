package io.offerbench.text;

import io.offerbench.scoring.Sensitivity;

/**
 * The sensitivity sentence under the ranking: "If “Research freedom” weighed 8 points more (12 instead of 4),
 * University X would rank first.", or why no single weight change swaps the top two.
 */
public final class SensitivityWords {

    private SensitivityWords() {
    }

    public static String sentence(Sensitivity s) {
        return switch (s.outcome()) {
            case ONE_OFFER -> Texts.get("sensitivity.oneOffer");
            case NO_SWAP -> Texts.get("sensitivity.noSwap", s.searchLimit());
            case RANKS_FIRST, MOVES_AHEAD -> Texts.get("sensitivity." + (s.weightChange() > 0 ? "more" : "less")
                    + (s.outcome() == Sensitivity.Outcome.RANKS_FIRST ? ".first" : ".ahead"),
                    Texts.get("criterion." + s.criterion().name()), Math.abs(s.weightChange()),
                    s.to().stripTrailingZeros().toPlainString(), s.from().stripTrailingZeros().toPlainString(),
                    s.runnerUp(), s.leader());
        };
    }
}
