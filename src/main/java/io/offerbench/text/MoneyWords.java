package io.offerbench.text;

import io.offerbench.domain.Money;
import io.offerbench.scoring.AfterTax;
import io.offerbench.scoring.CostOfLiving;
import io.offerbench.scoring.EstimateCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real-money estimates in words, the same in the window, the report and the command line:
 * "federal $36,734; California $14,355; FICA $14,339; SDI $2,600", where a cost-of-living index
 * came from, and why an estimate was left off for a ranking.
 */
public final class MoneyWords {

    private MoneyWords() {
    }

    /** Year 1's tax by part, in breakdown order. */
    public static String breakdown(AfterTax tax) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Money> p : tax.year1Parts().entrySet()) {
            parts.add(Texts.get("money.part." + p.getKey()) + " " + Formats.inSentence(p.getValue()));
        }
        return String.join("; ", parts);
    }

    /** "After tax: $131,972 in year 1 (federal …), San Francisco Bay Area, tables for 2026 and 2025. Estimate: …" */
    public static String afterTax(AfterTax tax) {
        String where = tax.usesShippedTables()
                ? Texts.get("money.words.tables", tax.place(), years(tax))
                : Texts.get("money.words.yourRate", tax.userRate().value().stripTrailingZeros().toPlainString(), tax.place());
        return Texts.get("money.words.afterTax", Formats.inSentence(tax.netYear1()), breakdown(tax), where, Texts.get("money.basis"));
    }

    /** "Cost of living: index 112.73 for Seattle (US average = 100; BEA, 2023)." */
    public static String costOfLiving(CostOfLiving col) {
        String index = col.index().stripTrailingZeros().toPlainString();
        if (col.shipped() == null) {
            return Texts.get("money.words.costYours", index, col.place());
        }
        String sentence = Texts.get("money.words.costShipped", index, col.place(), col.shipped().source().authority(), col.shipped().year());
        List<String> notes = MoneyDataTexts.notes(col.shipped());
        // What the shipped figure is known to miss goes with it wherever it shows (score panel, report, CLI).
        return notes.isEmpty() ? sentence : sentence + " " + String.join(" ", notes);
    }

    /** One sentence per estimate that was asked for but left off because some offer lacks a figure. */
    public static List<String> withheld(EstimateCoverage c) {
        List<String> out = new ArrayList<>();
        if (c.afterTaxAsked() && !c.afterTaxApplied()) {
            out.add(Texts.get("money.words.taxWithheld", gaps(c.withoutTax())));
        }
        if (c.costOfLivingAsked() && !c.costOfLivingApplied()) {
            out.add(Texts.get("money.words.costWithheld", gaps(c.withoutCostOfLiving())));
        }
        return out;
    }

    /** Which estimates a ranking used, for the report's header. */
    public static String applied(EstimateCoverage c) {
        String tax = c.afterTaxApplied() ? Texts.get("money.words.on") : c.afterTaxAsked() ? Texts.get("money.words.withheld") : Texts.get("money.words.off");
        String col = c.costOfLivingApplied() ? Texts.get("money.words.on")
                : c.costOfLivingAsked() ? Texts.get("money.words.withheld") : Texts.get("money.words.off");
        return Texts.get("money.words.applied", tax, col);
    }

    public static String gaps(List<EstimateCoverage.Gap> gaps) {
        return gaps.stream().map(g -> g.place().isBlank() ? Texts.get("money.gap.noPlace", g.offer()) : Texts.get("money.gap", g.offer(), g.place()))
                .collect(Collectors.joining("; "));
    }

    /** "2026" when every table is for one year, else "2026 (California 2025)". */
    static String years(AfterTax tax) {
        List<String> years = tax.tables().stream().map(t -> t.taxYear()).distinct().toList();
        if (years.size() == 1) {
            return years.get(0);
        }
        String main = tax.tables().get(0).taxYear();
        String others = tax.tables().stream().filter(t -> !t.taxYear().equals(main))
                .map(t -> Texts.get("money.part." + t.part()) + " " + t.taxYear()).distinct().collect(Collectors.joining(", "));
        return Texts.get("money.words.yearsMixed", main, others);
    }
}
