package io.offerbench.text;

import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.PayRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An offer's pay as a range over its private equity's bear and bull outcomes, in words: the Ranking
 * table's column, the score panel, the brief and the report say it the same way.
 */
public final class PayRangeWords {

    private PayRangeWords() {
    }

    /** "$400,000 – $550,000", or the one figure when equity does not move it. */
    public static String range(PayRange r) {
        return r.isRange() ? Texts.get("payRange.range", Formats.amount(r.bear()), Formats.amount(r.bull()))
                : Formats.amount(r.shown());
    }

    /**
     * For an offer with private equity: the stage and multipliers, the range, and why (the documents'
     * liquidity facts, each with its benchmark id); nothing for other offers.
     */
    public static List<String> explain(PayRange r) {
        if (!r.privateEquity()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        String stage = r.stage() == null ? Texts.get("payRange.stage.none") : Texts.label(r.stage());
        LiquidityMultipliers m = r.multipliers();
        lines.add(Texts.get(r.own() ? "payRange.multipliers.own" : r.stage() == null ? "payRange.multipliers.notGiven"
                : "payRange.multipliers.stage", stage, percent(m.bear()), percent(m.base()), percent(m.bull())));
        lines.add(Texts.get("payRange.values", Formats.inSentence(r.bear()), Formats.inSentence(r.shown()), Formats.inSentence(r.bull())));
        if (r.stage() != null && !r.reasonIds().isEmpty()) {
            lines.add(Texts.get("payRange.reason." + r.stage().name(), r.reasonIds().toArray()));
        }
        return lines;
    }

    /** 0.4 as "40%" */
    static String percent(BigDecimal multiplier) {
        return MoneyFormat.percent(multiplier.movePointRight(2).setScale(0, RoundingMode.HALF_UP));
    }
}
