package io.offerbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.scoring.EstimateCoverage;
import io.offerbench.scoring.ExcludedOffer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code score} says, row by row, about offers that are not ranked or not estimated: an offer
 * left out because its currency has no exchange rate gets a row of its own after the ranked ones, and an offer whose place has no tax table or price index says so in its
 * row, so the reason is in the output itself and not only on standard error. (A stored row that
 * cannot be read stays a warning on standard error, as for {@code list}.) JSON fields are only
 * added ({@code left_out}, {@code left_out_reason}, {@code left_out_note}, {@code estimate_notes}).
 */
final class LeftOutRows {

    private LeftOutRows() {
    }

    /** The note a ranked offer's row carries ("" when it has none). */
    static String note(OfferScore s, Ranking ranking) {
        return String.join(" ", notes(s, ranking));
    }

    /** Why an estimate asked for is off, for the offers whose own place lacks the figure. */
    static List<String> notes(OfferScore s, Ranking ranking) {
        EstimateCoverage c = ranking.estimates();
        String label = s.offer().label();
        List<String> out = new ArrayList<>();
        if (c.afterTaxAsked() && !c.afterTaxApplied() && c.withoutTax().stream().anyMatch(g -> g.offer().equals(label))) {
            out.add(Texts.get("money.cli.row.noTaxTable", place(s)));
        }
        if (c.costOfLivingAsked() && !c.costOfLivingApplied()
                && c.withoutCostOfLiving().stream().anyMatch(g -> g.offer().equals(label))) {
            out.add(Texts.get("money.cli.row.noIndex", place(s)));
        }
        return out;
    }

    private static String place(OfferScore s) {
        String where = s.offer().location().display();
        return where.isBlank() ? Texts.get("money.cli.row.noPlace") : where;
    }

    /** True when some row needs the note column. */
    static boolean anyNote(Ranking ranking) {
        return !ranking.excluded().isEmpty()
                || ranking.scores().stream().anyMatch(s -> !notes(s, ranking).isEmpty());
    }

    /** The table's last rows: one per offer left out for want of an exchange rate, with no figures and the reason. */
    static void addTableRows(TextTable t, Ranking ranking) {
        String none = Texts.get("money.cli.row.none");
        for (ExcludedOffer x : ranking.excluded()) {
            t.row(none, x.offer().label(), none, none, none, none, none, Texts.get("money.cli.row.noRate", x.currency().code()));
        }
    }

    /** The JSON array's last elements: one object per offer left out. */
    static void addJson(ArrayNode array, Ranking ranking) {
        for (ExcludedOffer x : ranking.excluded()) {
            ObjectNode o = array.addObject();
            o.put("company", x.offer().company());
            o.put("role", x.offer().roleTitle());
            o.putNull("rank");
            o.putNull("total");
            o.put("currency", x.offer().currency().code());
            o.put("left_out", true);
            o.put("left_out_reason", "no_exchange_rate");
            o.put("left_out_note", Texts.get("money.cli.excludedNoRate", x.offer().label(), x.currency().code()));
        }
    }

    /** Adds {@code left_out: false} and, when an estimate is off because of this offer's place, the reason. */
    static void addJsonFields(ObjectNode o, OfferScore s, Ranking ranking) {
        o.put("left_out", false);
        List<String> notes = notes(s, ranking);
        if (!notes.isEmpty()) {
            ArrayNode a = o.putArray("estimate_notes");
            notes.forEach(a::add);
        }
    }
}
