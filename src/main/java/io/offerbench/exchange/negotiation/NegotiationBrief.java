package io.offerbench.exchange.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.NegotiationHint;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.negotiation.CompetingOffer;
import io.offerbench.scoring.negotiation.CompetingOffers;
import io.offerbench.scoring.negotiation.CounterOffer;
import io.offerbench.scoring.negotiation.CounterOfferSolver;
import io.offerbench.scoring.negotiation.Lever;
import io.offerbench.scoring.negotiation.LeverTarget;
import io.offerbench.text.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A negotiation brief for one offer, in Markdown: a polite email draft to the recruiter in the
 * student's voice with the specific asks (the counter-offer targets and the student's own better
 * offers), the deadline and, for an offer that expires within {@link #EXPLODING_DAYS} days, a request
 * for more time; then every figure's source. It reads only what scoring computed and the offer's
 * company, role, pay and deadline: never the student's notes or anyone's comments.
 */
public final class NegotiationBrief {

    /** An offer whose deadline is this close (or past) is exploding: the brief asks for an extension. */
    public static final int EXPLODING_DAYS = 7;
    /** The extension asked for, in days from the current deadline. */
    public static final int EXTENSION_DAYS = 14;

    private NegotiationBrief() {
    }

    public static String write(OfferScore self, Ranking ranking, ScoringContext ctx, LocalDate today) {
        Offer offer = self.offer();
        CounterOffer targets = CounterOfferSolver.solve(self, ranking, ctx);
        List<CompetingOffer> competing = CompetingOffers.forOffer(self, ranking, ctx);
        List<String> sources = new ArrayList<>();
        String role = offer.roleTitle().isBlank() ? Texts.get("negotiation.brief.theRole") : offer.roleTitle();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Texts.get("negotiation.brief.title", offer.label())).append("\n\n");
        md.append("*").append(Texts.get("negotiation.brief.draftNote")).append("*\n\n");
        md.append("**").append(Texts.get("negotiation.brief.subjectLabel")).append("** ")
                .append(Texts.get("negotiation.brief.subject", role, offer.company())).append("\n\n");
        md.append(Texts.get("negotiation.brief.greeting", offer.company())).append("\n\n");
        md.append(Texts.get("negotiation.brief.thanks", role, offer.company())).append("\n\n");
        List<String> asks = new ArrayList<>();
        for (CompetingOffer c : competing) {
            asks.add(Texts.get("negotiation.brief.ask.competing." + c.figure().name(), MoneyFormat.format(c.difference()),
                    MoneyFormat.format(c.theirs()), MoneyFormat.format(c.yours())) + cite(sources, NegotiationWords.source(c)));
        }
        if (!targets.leads()) {
            for (LeverTarget t : targets.targets()) {
                if (t.reachable() && t.lever() != Lever.EQUITY_GRANT) {
                    asks.add(Texts.get("negotiation.brief.ask." + t.lever().name(),
                            MoneyFormat.format(new Money(current(offer, t.lever()).add(t.increase()), offer.currency())),
                            MoneyFormat.format(new Money(current(offer, t.lever()), offer.currency())))
                            + cite(sources, Texts.get("negotiation.brief.source.target", ranking.weights().name())));
                }
            }
        }
        if (asks.isEmpty()) {
            md.append(Texts.get("negotiation.brief.noAsk")).append("\n\n");
        } else {
            md.append(Texts.get("negotiation.brief.askIntro")).append("\n\n");
            asks.forEach(a -> md.append("- ").append(a).append("\n"));
            md.append("\n");
        }
        if (offer.deadline() != null) {
            long days = ChronoUnit.DAYS.between(today, offer.deadline());
            if (days <= EXPLODING_DAYS) {
                md.append(Texts.get("negotiation.brief.extension", offer.deadline().toString(),
                        offer.deadline().plusDays(EXTENSION_DAYS).toString())).append("\n\n");
            } else {
                md.append(Texts.get("negotiation.brief.deadline", offer.deadline().toString())).append("\n\n");
            }
        }
        md.append(Texts.get("negotiation.brief.closing")).append("\n\n");
        md.append(Texts.get("negotiation.brief.signature")).append("\n\n");
        md.append("---\n\n## ").append(Texts.get("negotiation.brief.sources")).append("\n\n");
        for (int i = 0; i < sources.size(); i++) {
            md.append(i + 1).append(". ").append(sources.get(i)).append("\n");
        }
        for (String id : benchmarkIds(self)) {
            ctx.benchmarks().stream().filter(b -> b.id().equals(id)).findFirst().ifPresent(b ->
                    md.append("- ").append(Texts.get("negotiation.brief.source.benchmark", b.id(), b.outlet(), b.published(),
                            b.seedFile().isBlank() ? Texts.get("negotiation.brief.source.userRow") : b.seedFile())).append("\n"));
        }
        md.append("\n## ").append(Texts.get("negotiation.brief.context")).append("\n\n");
        for (NegotiationHint h : self.hints()) {
            md.append("- ").append(h.text()).append("\n");
        }
        NegotiationWords.targets(targets).forEach(line -> md.append("- ").append(line).append("\n"));
        return md.toString();
    }

    /** The benchmark rows the offer's hints rest on, in order, once each: the only ids a brief cites. */
    public static Set<String> benchmarkIds(OfferScore s) {
        Set<String> ids = new LinkedHashSet<>();
        s.hints().forEach(h -> ids.addAll(h.benchmarkIds()));
        return ids;
    }

    private static String cite(List<String> sources, String source) {
        int n = sources.indexOf(source);
        if (n < 0) {
            sources.add(source);
            n = sources.size() - 1;
        }
        return " [" + (n + 1) + "]";
    }

    private static BigDecimal current(Offer offer, Lever lever) {
        return switch (lever) {
            case BASE_SALARY -> offer.academic().nineMonthSalary() != null ? offer.academic().nineMonthSalary() : offer.pay().baseSalary();
            case SIGN_ON_BONUS -> offer.pay().signOnBonus();
            case EQUITY_GRANT -> offer.equity().grantValue();
            case STARTUP_PACKAGE -> offer.academic().startupPackage();
        };
    }

}
