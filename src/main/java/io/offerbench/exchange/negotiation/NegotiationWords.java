package io.offerbench.exchange.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.negotiation.CompetingOffer;
import io.offerbench.scoring.negotiation.CounterOffer;
import io.offerbench.scoring.negotiation.LeadGap;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.negotiation.Lever;
import io.offerbench.scoring.negotiation.LeverTarget;
import io.offerbench.text.Formats;
import io.offerbench.text.Texts;
import io.offerbench.scoring.negotiation.RankAcceptability;
import io.offerbench.scoring.negotiation.WeightPair;
import io.offerbench.scoring.negotiation.WeightRegion;
import io.offerbench.scoring.negotiation.WeightRegions;
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
        return Texts.get("negotiation.lever.short." + t.lever().name(), Formats.inSentence(new Money(t.increase(), c.currency())));
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
        List<String> tooLarge = new ArrayList<>();
        List<String> notEnough = new ArrayList<>();
        boolean startupTooLarge = false;
        for (LeverTarget t : c.targets()) {
            if (c.realistic(t)) {
                raises.add(raise(c, t));
            } else if (t.reachable()) {
                tooLarge.add(raise(c, t));
                startupTooLarge |= t.lever() == Lever.STARTUP_PACKAGE;
            } else {
                notEnough.add(lever(t.lever()));
            }
        }
        List<String> out = new ArrayList<>();
        String or = Texts.get("negotiation.list.or");
        if (!raises.isEmpty()) {
            out.add(Texts.get("negotiation.targets.wouldLead", name, String.join(or, raises)));
        }
        if (!tooLarge.isEmpty()) {
            // A raise of more than a quarter of base is a measure of the gap, never advice.
            // The start-up package is measured against the package itself, and the sentence says so.
            String key = raises.isEmpty()
                    ? (startupTooLarge ? "negotiation.targets.onlyUnrealistic.startup" : "negotiation.targets.onlyUnrealistic")
                    : (startupTooLarge ? "negotiation.targets.unrealistic.startup" : "negotiation.targets.unrealistic");
            out.add(Texts.get(key, name,
                    String.join(or, tooLarge), MoneyFormat.percent(CounterOffer.MODEST_RAISE.movePointRight(2))));
        }
        if (!notEnough.isEmpty()) {
            out.add(Texts.get("negotiation.targets.notEnough", orList(notEnough)));
        }
        return out;
    }

    /**
     * "What puts State University — Assistant Professor ahead of it (4.61 points): research freedom
     * (+5.79 points), publication (+3.37) and team fit (+2.63); no realistic raise closes that." Empty
     * for the leader.
     */
    public static java.util.Optional<String> lead(OfferScore self, Ranking ranking) {
        return LeadGap.of(self, ranking).filter(g -> !g.parts().isEmpty()).map(g -> {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < g.parts().size(); i++) {
                LeadGap.Part p = g.parts().get(i);
                parts.add(Texts.get(i == 0 ? "negotiation.lead.partFirst" : "negotiation.lead.part",
                        Texts.get("criterion." + p.criterion().name()).toLowerCase(Texts.locale()), p.points().toPlainString()));
            }
            return Texts.get(g.notAboutPay() ? "negotiation.lead.notPay" : "negotiation.lead.pay", g.leader().label(),
                    g.total().toPlainString(), andList(parts));
        });
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

    /** Alternatives listed per offer; further ones are further from the weights on screen. */
    static final int MAX_REGIONS = 3;

    /**
     * "Kestrel Capital would lead if pay weighed at least 34% (now 20%), or if research freedom weighed
     * at most 6% (now 12%)." One sentence per offer that some single weight change puts first; a tie
     * for first is said to be a tie.
     */
    /**
     * The weight regions of every offer that does not lead, in the ranking's order: its regions or pair in words
     * (see {@link #regions(List)}), or, for an offer no change of one weight or two together puts first, that
     * this is so (rather than leaving it out, which reads as an oversight).
     */
    public static List<String> regions(Ranking ranking) {
        java.util.Map<io.offerbench.domain.Offer, WeightRegions.Regions> found = new java.util.HashMap<>();
        WeightRegions.of(ranking).forEach(r -> found.put(r.offer(), r));
        List<String> out = new ArrayList<>();
        List<OfferScore> scores = ranking.scores();
        for (int j = 0; j < scores.size(); j++) {
            WeightRegions.Regions r = found.get(scores.get(j).offer());
            if (r != null) {
                out.addAll(regions(List.of(r)));
            } else if (j > 0) {
                out.add(Texts.get("negotiation.regions.noneFor", scores.get(j).offer().label()));
            }
        }
        return out;
    }

    public static List<String> regions(List<WeightRegions.Regions> all) {
        List<String> out = new ArrayList<>();
        for (WeightRegions.Regions r : all) {
            String name = r.offer().label();
            if (r.tiedForFirst() && r.offer() != r.leader()) {
                out.add(Texts.get("negotiation.regions.tied", name, r.leader().label()));
            }
            if (r.regions().isEmpty()) {
                if (r.pair() != null) {
                    out.add(pair(r.pair()));
                }
                continue;
            }
            List<String> ifs = new ArrayList<>();
            for (WeightRegion region : r.regions().subList(0, Math.min(MAX_REGIONS, r.regions().size()))) {
                ifs.add(condition(region));
            }
            out.add(Texts.get("negotiation.regions.leads", name, String.join(Texts.get("negotiation.regions.or"), ifs)));
        }
        return out;
    }

    /**
     * "Kestrel Capital would lead if pay weighed at least 34.2% and research freedom at most 6% (now 20%
     * and 12%)", or, when that holds only at the corner, "if pay weighed 34.2% and research freedom 6%".
     */
    static String pair(WeightPair p) {
        String up = Texts.get("criterion." + p.up().name()).toLowerCase(Texts.locale());
        String down = Texts.get("criterion." + p.down().name()).toLowerCase(Texts.locale());
        return Texts.get(p.quadrant() ? "negotiation.regions.pair" : "negotiation.regions.pairPoint", p.offer().label(), up,
                share(p.upShare(), RoundingMode.CEILING, false), down, share(p.downShare(), RoundingMode.FLOOR, false),
                share(p.upNow(), RoundingMode.HALF_UP, false), share(p.downNow(), RoundingMode.HALF_UP, false));
    }

    static String condition(WeightRegion r) {
        String criterion = Texts.get("criterion." + r.criterion().name()).toLowerCase(Texts.locale());
        String now = share(r.current(), RoundingMode.HALF_UP, false);
        if (r.from() != null && r.to() != null) {
            return Texts.get("negotiation.regions.between", criterion, share(r.from(), RoundingMode.CEILING, true),
                    share(r.to(), RoundingMode.FLOOR, true), now);
        }
        if (r.from() != null) {
            return Texts.get("negotiation.regions.atLeast", criterion, share(r.from(), RoundingMode.CEILING, true), now);
        }
        return Texts.get("negotiation.regions.atMost", criterion, share(r.to(), RoundingMode.FLOOR, true), now);
    }

    /**
     * A share (0..1) as a percentage with one decimal. An edge of a region is open (at the edge the
     * offers tie), so it is rounded away from the edge, into the region.
     */
    static String share(BigDecimal share, RoundingMode mode, boolean edge) {
        BigDecimal pct = share.movePointRight(2);
        BigDecimal r = pct.setScale(1, mode);
        if (edge && r.compareTo(pct) == 0) {
            r = mode == RoundingMode.CEILING ? r.add(new BigDecimal("0.1")) : r.subtract(new BigDecimal("0.1"));
        }
        return MoneyFormat.percent(r);
    }

    /**
     * "Helix AI pays $90,000 more in year 1 ($510,000 against $420,000; source: your offer from Helix AI).
     * Helix AI's offer is the ask."
     */
    public static String competing(CompetingOffer c) {
        String from = c.from().label();
        return Texts.get("negotiation.competing." + c.figure().name(), from, Formats.inSentence(c.difference()),
                Formats.inSentence(c.theirs()), Formats.inSentence(c.yours()), source(c));
    }

    /** "your offer from Helix AI" */
    public static String source(CompetingOffer c) {
        return Texts.get("negotiation.source.offer", c.from().label());
    }

    /** "a, b or c" */
    static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(Texts.get("negotiation.list.comma"), items.subList(0, items.size() - 1)) + Texts.get("negotiation.list.orLast") + items.get(items.size() - 1);
    }

    static String andList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(Texts.get("negotiation.list.comma"), items.subList(0, items.size() - 1)) + Texts.get("negotiation.list.andLast")
                + items.get(items.size() - 1);
    }
}
