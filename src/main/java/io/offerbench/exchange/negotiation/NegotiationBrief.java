package io.offerbench.exchange.negotiation;

import io.offerbench.domain.Money;
import io.offerbench.exchange.SourceDocuments;
import io.offerbench.domain.Offer;
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
import io.offerbench.text.Formats;
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

    /**
     * The letter asks for a lever's target only when the raise is at most this share of the offer's base
     * salary (of the package itself for a start-up package): asking a recruiter for double the salary
     * reads as a refusal. A larger target stays in the findings, for the student to judge.
     */
    public static final BigDecimal MODEST_RAISE = CounterOffer.MODEST_RAISE;

    /** An offer whose deadline is this close (or past) is exploding: the brief asks for an extension. */
    public static final int EXPLODING_DAYS = 7;
    /** The extension asked for, in days from the current deadline. */
    public static final int EXTENSION_DAYS = 14;

    private NegotiationBrief() {
    }

    /** The brief as Markdown, in the words of the current language. */
    public static String write(OfferScore self, Ranking ranking, ScoringContext ctx, LocalDate today) {
        return markdown(compose(self, ranking, ctx, today));
    }

    /** A draft (perhaps composed earlier) as Markdown, with this language's headings. */
    public static String markdown(BriefDraft draft) {
        return draft.markdown(Texts.get("negotiation.brief.subjectLabel"), Texts.get("negotiation.brief.sources"),
                Texts.get("negotiation.brief.context"));
    }

    /** The brief in parts: the letter, its asks, and the numbered sources every figure names. */
    public static BriefDraft compose(OfferScore self, Ranking ranking, ScoringContext ctx, LocalDate today) {
        Offer offer = self.offer();
        CounterOffer targets = CounterOfferSolver.solve(self, ranking, ctx);
        List<CompetingOffer> competing = CompetingOffers.forOffer(self, ranking, ctx);
        List<String> sources = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        String role = offer.roleTitle().isBlank() ? Texts.get("negotiation.brief.theRole") : offer.roleTitle();
        List<String> letter = new ArrayList<>();
        letter.add(Texts.get("negotiation.brief.greeting", offer.company()));
        letter.add(Texts.get("negotiation.brief.thanks", role, offer.company()));
        List<String> asks = new ArrayList<>();
        List<String> largeGaps = new ArrayList<>();
        // The same rule as for the targets: a gap larger than a quarter of this offer's base is no ask but a measure of distance.
        BigDecimal modest = io.offerbench.scoring.PayProjector.projectNominal(offer, ctx).year1Base().amount().multiply(MODEST_RAISE);
        for (CompetingOffer c : competing) {
            // Amounts are in the home currency: an offer in another currency (this one or the other) names the rate used.
            String marks = cite(sources, NegotiationWords.source(c)) + rateCitation(sources, ctx, offer, c.from())
                    + (c.figure() == CompetingOffer.Figure.YEAR1_TOTAL ? privateStockCitation(sources, ctx, offer, c.from()) : "");
            if (c.difference().amount().compareTo(modest) <= 0) {
                asks.add(Texts.get("negotiation.brief.ask.competing." + c.figure().name(), Formats.inSentence(c.difference()),
                        Formats.inSentence(c.theirs()), Formats.inSentence(c.yours())) + marks);
            } else {
                largeGaps.add(Texts.get("negotiation.brief.competingTooLarge", c.from().label(), Formats.inSentence(c.difference()),
                        Formats.inSentence(c.theirs()), Formats.inSentence(c.yours()),
                        Texts.get("negotiation.brief.figure." + c.figure().name())) + marks);
            }
        }
        String targetSource = Texts.get("negotiation.brief.source.target", io.offerbench.text.ProfileNames.of(ranking.weights()));
        if (!targets.leads()) {
            for (LeverTarget t : targets.targets()) {
                if (t.lever() != Lever.EQUITY_GRANT && targets.realistic(t)) {
                    asks.add(Texts.get("negotiation.brief.ask." + t.lever().name(),
                            Formats.inSentence(new Money(current(offer, t.lever()).add(t.increase()), offer.currency())),
                            Formats.inSentence(new Money(current(offer, t.lever()), offer.currency())))
                            + cite(sources, targetSource));
                }
            }
        }
        letter.add(Texts.get(asks.isEmpty() ? "negotiation.brief.noAsk" : "negotiation.brief.askIntro"));
        List<String> after = new ArrayList<>();
        if (offer.deadline() != null) {
            long days = ChronoUnit.DAYS.between(today, offer.deadline());
            if (days < 0) {
                after.add(Texts.get("negotiation.brief.expired", Formats.date(offer.deadline()), Formats.date(today.plusDays(EXTENSION_DAYS))));
            } else if (days <= EXPLODING_DAYS) {
                after.add(Texts.get("negotiation.brief.extension", Formats.date(offer.deadline()),
                        Formats.date(offer.deadline().plusDays(EXTENSION_DAYS))));
            } else {
                after.add(Texts.get("negotiation.brief.deadline", Formats.date(offer.deadline())));
            }
        }
        after.add(Texts.get("negotiation.brief.closing"));
        after.add(Texts.get("negotiation.brief.signature"));
        List<String> findings = new ArrayList<>();
        for (NegotiationHint h : self.hints()) {
            StringBuilder marks = new StringBuilder();
            for (String id : h.benchmarkIds()) {
                String source = benchmarkSource(ctx, id);
                if (source != null) {
                    marks.append(cite(sources, source));
                    cited.add(id);
                }
            }
            findings.add(io.offerbench.text.HintWords.text(h) + marks);
        }
        // Private equity: its pay range and the documents' liquidity facts behind the stage's multipliers.
        io.offerbench.scoring.PayRange range = io.offerbench.scoring.PayRange.of(self, ranking, ctx);
        List<String> rangeWords = io.offerbench.text.PayRangeWords.explain(range);
        if (!rangeWords.isEmpty()) {
            StringBuilder marks = new StringBuilder();
            for (String id : range.reasonIds()) {
                String source = benchmarkSource(ctx, id);
                if (source != null) {
                    marks.append(cite(sources, source));
                    cited.add(id);
                }
            }
            findings.add(String.join(" ", rangeWords) + marks);
        }
        findings.addAll(largeGaps);
        for (String line : NegotiationWords.targets(targets)) {
            findings.add(targets.leads() || !targets.anyReachable() ? line : line + cite(sources, targetSource));
        }
        return new BriefDraft(Texts.get("negotiation.brief.title", offer.label()), Texts.get("negotiation.brief.draftNote"),
                Texts.get("negotiation.brief.subject", role, offer.company()), letter, asks, after, sources, findings, cited);
    }

    /**
     * "Benchmark id: Semafor (Louise Matsakis), “Inside the hottest event…”, 2023-12-15" — the document by its
     * outlet, title and date ({@link SourceDocuments#source}), never its file name; a user's row says it is the user's
     * own; null for an id the comparison does not hold.
     */
    private static String benchmarkSource(ScoringContext ctx, String id) {
        return ctx.benchmarks().stream().filter(b -> b.id().equals(id)).findFirst()
                .map(b -> Texts.get("negotiation.brief.source.document", b.id(), SourceDocuments.source(b))).orElse(null);
    }

    /**
     * A year-1 total counts private stock at its scenario's share of the grant (OfferBench's assumption, not what the
     * recruiter's letter says): each offer whose year 1 does so names that, so the figure's source is complete.
     */
    private static String privateStockCitation(List<String> sources, ScoringContext ctx, Offer offer, Offer other) {
        StringBuilder marks = new StringBuilder();
        for (Offer o : List.of(offer, other)) {
            BigDecimal multiplier = io.offerbench.scoring.PayProjector.projectNominal(o, ctx).equityMultiplier();
            if (multiplier != null && multiplier.compareTo(BigDecimal.ONE) != 0 && o.equity().grantValue().signum() > 0) {
                Object[] words = io.offerbench.text.ReasonWords.arguments(io.offerbench.scoring.Reason.of("privateStock", multiplier,
                        ctx.liquidityScenario()));
                marks.append(cite(sources, Texts.get("negotiation.brief.source.privateStock", o.label(), words[0], words[1])));
            }
        }
        return marks.toString();
    }

    /** The exchange rates that put {@code offer} and {@code other} in the home currency, cited; "" when both are in it. */
    private static String rateCitation(List<String> sources, ScoringContext ctx, Offer offer, Offer other) {
        StringBuilder marks = new StringBuilder();
        for (Offer o : List.of(offer, other)) {
            if (!o.currency().equals(ctx.homeCurrency())) {
                io.offerbench.scoring.CurrencyConversion rate = io.offerbench.scoring.CurrencyConversion.between(ctx.currencies(), o.currency(),
                        ctx.homeCurrency());
                marks.append(cite(sources, Texts.get("negotiation.brief.source.rate", io.offerbench.text.PayWords.conversion(rate))));
            }
        }
        return marks.toString();
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
