package io.offerbench.exchange.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.negotiation.CounterOffer;
import io.offerbench.scoring.negotiation.Lever;
import io.offerbench.scoring.negotiation.LeverTarget;
import io.offerbench.text.Texts;
import java.util.ArrayList;
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

    /** "a, b or c" */
    static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(Texts.get("negotiation.list.comma"), items.subList(0, items.size() - 1)) + Texts.get("negotiation.list.orLast") + items.get(items.size() - 1);
    }
}
