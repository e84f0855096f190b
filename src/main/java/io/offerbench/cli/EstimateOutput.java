package io.offerbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.domain.Money;
import io.offerbench.domain.money.SourceRef;
import io.offerbench.domain.money.TaxTable;
import io.offerbench.text.MoneyWords;
import io.offerbench.scoring.ExcludedOffer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.AfterTax;
import io.offerbench.scoring.CostOfLiving;
import io.offerbench.scoring.EstimateCoverage;
import io.offerbench.scoring.MoneyEstimate;
import io.offerbench.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The after-tax and cost-of-living fields of {@code score --format json}, and the lines the command
 * writes to standard error when an estimate was asked for but could not apply to every offer, or an
 * offer was left out of the ranking. Standard output stays one JSON array a script can parse.
 */
final class EstimateOutput {

    private EstimateOutput() {
    }

    /** Adds {@code after_tax} and {@code cost_of_living} when those estimates were asked for. */
    static void json(OfferScore s, Ranking ranking, ObjectNode o) {
        EstimateCoverage coverage = ranking.estimates();
        MoneyEstimate e = s.pay().estimate();
        if (coverage.afterTaxAsked()) {
            AfterTax t = e.afterTax();
            if (t == null) {
                o.putNull("after_tax");
            } else {
                ObjectNode a = o.putObject("after_tax");
                a.put("year1_total", t.netYear1().amount());
                a.put("currency", t.netYear1().currency().code());
                a.put("place", t.place());
                a.put("source", source(t));
                a.put("year", years(t));
                ObjectNode parts = a.putObject("parts");
                for (Map.Entry<String, Money> p : t.year1Parts().entrySet()) {
                    parts.put(p.getKey(), p.getValue().amount());
                }
                a.put("gross_year1_total", t.grossYear1().amount());
                a.put("annual_average", t.netAverage().amount());
                a.put("steady_state_annual", t.netSteady().amount());
                a.put("basis", Texts.get("money.basis"));
            }
        }
        if (coverage.costOfLivingAsked()) {
            CostOfLiving c = e.costOfLiving();
            if (c == null) {
                o.putNull("cost_of_living");
            } else {
                ObjectNode col = o.putObject("cost_of_living");
                col.put("year1_total", s.year1Total().amount());
                col.put("index", c.index());
                col.put("place", c.place());
                col.put("source", c.shipped() != null ? c.shipped().source().authority() + ": " + c.shipped().source().title()
                        : Texts.get("money.yourEstimate"));
                if (c.shipped() != null) {
                    col.put("year", c.shipped().year());
                } else {
                    col.putNull("year");
                }
            }
        }
    }

    /** What standard error says about estimates left off and offers left out. */
    static List<String> warnings(Ranking ranking) {
        List<String> out = new ArrayList<>();
        EstimateCoverage c = ranking.estimates();
        if (c.afterTaxAsked() && !c.afterTaxApplied()) {
            out.add(Texts.get("money.cli.afterTaxWithheld", gaps(c.withoutTax())));
        }
        if (c.costOfLivingAsked() && !c.costOfLivingApplied()) {
            out.add(Texts.get("money.cli.costWithheld", gaps(c.withoutCostOfLiving())));
        }
        for (ExcludedOffer x : ranking.excluded()) {
            out.add(Texts.get("money.cli.excludedNoRate", x.offer().label(), x.currency().code()));
        }
        return out;
    }

    static String gaps(List<EstimateCoverage.Gap> gaps) {
        return MoneyWords.gaps(gaps);
    }

    /** Under the table: each offer's after-tax breakdown and cost-of-living index, when applied. */
    static List<String> tableLines(Ranking ranking) {
        List<String> out = new ArrayList<>();
        for (OfferScore s : ranking.scores()) {
            MoneyEstimate e = s.pay().estimate();
            if (e.afterTax() != null) {
                out.add(s.offer().label() + ": " + MoneyWords.afterTax(e.afterTax()));
            }
            if (e.costOfLiving() != null) {
                out.add(s.offer().label() + ": " + MoneyWords.costOfLiving(e.costOfLiving()));
            }
        }
        return out;
    }

    private static String source(AfterTax t) {
        if (!t.usesShippedTables()) {
            return Texts.get("money.yourEstimate");
        }
        Set<String> names = new LinkedHashSet<>();
        for (TaxTable table : t.tables()) {
            for (SourceRef s : table.sources()) {
                names.add(s.authority() + ": " + s.title());
            }
        }
        return String.join("; ", names);
    }

    /** "2026" when every table is for the same year, else each part with its year. */
    private static String years(AfterTax t) {
        if (!t.usesShippedTables()) {
            return null;
        }
        Set<String> years = t.tables().stream().map(TaxTable::taxYear).collect(Collectors.toCollection(LinkedHashSet::new));
        return years.size() == 1 ? years.iterator().next()
                : t.tables().stream().map(x -> x.part() + " " + x.taxYear()).collect(Collectors.joining(", "));
    }
}
