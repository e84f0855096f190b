package io.offerbench.exchange.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.negotiation.CounterOffer;
import io.offerbench.scoring.negotiation.Lever;
import io.offerbench.scoring.negotiation.LeverTarget;
import io.offerbench.text.Texts;
import io.offerbench.scoring.negotiation.RankAcceptability;
import io.offerbench.scoring.negotiation.WeightCertainty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The negotiation facts in words, from the text layer: the Ranking screen, the report, the command
 * line and the brief all say them the same way.
 */
public final class NegotiationWords {

    private NegotiationWords() {
    }

    /** "+$42,000 base" */
    public static String raise(CounterOffer c, LeverTarget t) {
        return Texts.get("negotiation.lever.short." + t.lever().name(), MoneyFormat.format(new Money(t.increase(), c.currency())));
    }

    public static String lever(Lever l) {
        return Texts.get("negotiation.lever." + l.name());
    }

    /**
     * One or two sentences: "Northwind would lead with +$42,000 base, or +$120,000 sign-on. No increase
     * of the equity grant alone is enough."
     */
    public static List<String> targets(CounterOffer c) {
        String name = c.offer().label();
        if (c.leads()) {
            return List.of(Texts.get("negotiation.targets.leads", name));
        }
        if (!c.anyReachable()) {
            return List.of(Texts.get("negotiation.targets.nothing", name));
        }
        List<String> raises = new ArrayList<>();
        List<String> notEnough = new ArrayList<>();
        for (LeverTarget t : c.targets()) {
            if (t.reachable()) {
                raises.add(raise(c, t));
            } else {
                notEnough.add(lever(t.lever()));
            }
        }
        List<String> out = new ArrayList<>();
        out.add(Texts.get("negotiation.targets.wouldLead", name, String.join(Texts.get("negotiation.list.or"), raises)));
        if (!notEnough.isEmpty()) {
            out.add(Texts.get("negotiation.targets.notEnough", orList(notEnough)));
        }
        return out;
    }

    /** "Helix leads in 61% of plausible weightings; Northwind in 37%. The others never lead." */
    public static String acceptability(RankAcceptability table) {
        List<Integer> leaders = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            if (table.leads(i).signum() > 0) {
                leaders.add(i);
            }
        }
        if (leaders.isEmpty()) {
            return "";
        }
        leaders.sort(Comparator.comparing(table::leads).reversed());
        int first = leaders.get(0);
        if (table.leads(first).compareTo(BigDecimal.ONE) == 0) {
            return Texts.get("negotiation.acceptability.always", table.offers().get(first).label());
        }
        StringBuilder sb = new StringBuilder(Texts.get("negotiation.acceptability.leads", table.offers().get(first).label(),
                percent(table.leads(first))));
        for (int i : leaders.subList(1, leaders.size())) {
            sb.append(Texts.get("negotiation.acceptability.also", table.offers().get(i).label(), percent(table.leads(i))));
        }
        sb.append(Texts.get("negotiation.acceptability.end"));
        if (leaders.size() < table.size()) {
            sb.append(' ').append(Texts.get(table.size() - leaders.size() == 1 ? "negotiation.acceptability.otherNever"
                    : "negotiation.acceptability.othersNever"));
        }
        return sb.toString();
    }

    /** How the figures were made, for a note under the chart. */
    public static String acceptabilityModel(RankAcceptability table) {
        return Texts.get("negotiation.acceptability.model", certainty(table.certainty()), grouped(table.samples()));
    }

    public static String certainty(WeightCertainty c) {
        return Texts.get("negotiation.certainty." + c.name());
    }

    /** A probability as a whole percentage, never rounded to 0% or 100% when it is neither. */
    public static String percent(BigDecimal p) {
        BigDecimal pct = p.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        if (p.signum() > 0 && pct.signum() == 0) {
            return Texts.get("negotiation.percent.under1");
        }
        if (p.compareTo(BigDecimal.ONE) < 0 && pct.compareTo(BigDecimal.valueOf(100)) == 0) {
            return Texts.get("negotiation.percent.over99");
        }
        return Texts.get("negotiation.percent", pct.toPlainString());
    }

    private static String grouped(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** "a, b or c" */
    static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(Texts.get("negotiation.list.comma"), items.subList(0, items.size() - 1)) + Texts.get("negotiation.list.orLast") + items.get(items.size() - 1);
    }
}
