package io.offerbench.exchange.report;

import io.offerbench.domain.Deadlines;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.ReviewRole;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.MoneyEstimate;
import io.offerbench.scoring.PayProjection;
import io.offerbench.text.MoneyWords;
import io.offerbench.text.Texts;
import io.offerbench.scoring.YearPay;
import io.offerbench.domain.ReviewComment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One offer on its own pages: key facts, pay year by year, how it scored, where it sits in the market,
 * what to negotiate, and then — kept apart — the student's notes and the review comments.
 */
final class OfferSection {

    private OfferSection() {
    }

    /** {@code position} is the offer's place in rank order (1-based), which names the section on every machine. */
    static ReportSection of(ReportContent c, OfferReport report, int position) {
        OfferScore s = report.score();
        Offer o = s.offer();
        int count = c.offers().size();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.plain("Rank " + s.rank() + " of " + count + ": " + ReportWords.points(s.total())
                + " / 100 under the " + c.weights().name() + " weights, " + ReportWords.share(s.completeness())
                + " of the weight answered (blank criteria left out)."));
        blocks.add(Block.Paragraph.plain("Pay if you stay " + s.pay().tenureYears() + (s.pay().tenureYears() == 1 ? " year: " : " years: ")
                + ReportWords.money(s.pay().tenureAverage()) + " a year. Paid out after 1, 2 and 4 years: "
                + String.join(", ", s.valueByTenure().values().stream().map(ReportWords::money).toList()) + "."));
        blocks.add(new Block.Facts(facts(o, c.generatedAt().toLocalDate())));
        blocks.addAll(pay(s.pay(), c.context().homeCurrency().code() + ", the home currency"));
        report.inOfferCurrency().ifPresent(own -> blocks.addAll(pay(own, own.currency().code() + ", the offer's currency")));
        blocks.add(payFacts(s.pay()));
        s.pay().notes().forEach(n -> blocks.add(Block.Paragraph.muted(n)));
        blocks.addAll(ScoreBlocks.breakdown(s));
        blocks.addAll(ScoreBlocks.market(s));
        blocks.addAll(ScoreBlocks.hints(s));
        blocks.add(new Block.Heading(3, "The student's notes"));
        blocks.add(o.notes().isBlank() ? Block.Paragraph.muted("No notes.") : new Block.Paragraph(o.notes(), Block.Tone.USER));
        blocks.add(new Block.Heading(3, "Review comments"));
        if (report.comments().isEmpty()) {
            blocks.add(Block.Paragraph.muted("No review comments."));
        }
        for (ReviewComment rc : report.comments()) {
            String author = rc.author().isBlank() ? "Someone" : rc.author();
            String role = rc.role().code();
            blocks.add(new Block.Comment(author + " (" + role + "), " + ReportWords.commentTime(rc.createdAt()), rc.body()));
        }
        return new ReportSection("offer-" + position, position + ". " + o.label(), true, "Offer " + position + " of " + count, blocks);
    }

    private static List<Block.Fact> facts(Offer o, LocalDate today) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("Employer type", ReportWords.label(o.type())));
        facts.add(new Block.Fact("Seniority", ReportWords.label(o.seniority())));
        String place = o.location().display();
        facts.add(new Block.Fact("Location", place.isBlank() ? "not given" : place));
        facts.add(new Block.Fact("Currency", o.currency().code()));
        facts.add(new Block.Fact("Status", ReportWords.label(o.status())));
        facts.add(new Block.Fact("Deadline", deadline(o, today)));
        return facts;
    }

    /** "2026-12-02 (304 days left)"; days are counted from the day the report is made. */
    static String deadline(Offer o, LocalDate today) {
        if (o.deadline() == null) {
            return "none given";
        }
        boolean open = o.status() == OfferStatus.CONSIDERING || o.status() == OfferStatus.NEGOTIATING;
        if (!open) {
            return o.deadline().toString();
        }
        long days = Deadlines.daysLeft(o, today);
        String when = days > 0 ? ReportWords.plural(days, "day", "days") + " left"
                : days == 0 ? "today" : "passed " + ReportWords.plural(-days, "day", "days") + " ago";
        return o.deadline() + " (" + when + ")";
    }

    /** Years 1 to the averaging period (four, or the vesting period when longer): the years the average runs over. */
    private static List<Block> pay(PayProjection p, String inWhat) {
        List<List<String>> rows = new ArrayList<>();
        for (YearPay y : p.years().subList(0, p.averagingYears())) {
            rows.add(List.of("Year " + y.year(), ReportWords.money(y.base()), ReportWords.money(y.bonus()), ReportWords.money(y.signOn()),
                    ReportWords.money(y.equity()), ReportWords.money(y.total())));
        }
        Block.Table table = new Block.Table(List.of(Block.Column.text("Year", 1), Block.Column.number("Base", 1.3f),
                Block.Column.number("Bonus", 1.3f), Block.Column.number("Sign-on", 1.3f), Block.Column.number("Equity", 1.3f),
                Block.Column.number("Total", 1.3f)), rows, false);
        return List.of(new Block.Heading(3, "Pay per year in " + inWhat), table);
    }

    private static Block payFacts(PayProjection p) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("Year-1 total", ReportWords.money(p.year1Total())));
        facts.add(new Block.Fact("Average per year", ReportWords.money(p.annualAverage()) + " over " + p.averagingYears() + " years"));
        facts.add(new Block.Fact("Steady state per year", ReportWords.money(p.steadyStateAnnual())
                + " (base, bonus and a year of refreshers once sign-on and the first grant are over)"));
        if (!p.relocation().isZero()) {
            facts.add(new Block.Fact("Relocation", ReportWords.money(p.relocation()) + ", paid once in year 1 (not in the totals above)"));
        }
        if (!p.researchFunding().isZero()) {
            Money perYear = p.researchFunding().dividedBy(BigDecimal.valueOf(Math.max(1, p.researchFundingYears())));
            facts.add(new Block.Fact("Start-up package", ReportWords.money(p.researchFunding()) + " over "
                    + ReportWords.plural(p.researchFundingYears(), "year", "years") + " (" + ReportWords.money(perYear)
                    + " a year): research money, not pay"));
        }
        facts.add(new Block.Fact("Equity", p.equityNote()));
        facts.add(new Block.Fact("Exchange rate", p.conversion().note()));
        MoneyEstimate e = p.estimate();
        if (e.applied()) {
            facts.add(new Block.Fact(Texts.get("money.report.gross"), Texts.get("money.report.grossValue", ReportWords.money(e.grossYear1()),
                    ReportWords.money(e.grossAverage()), ReportWords.money(e.grossSteady()))));
        }
        if (e.afterTax() != null) {
            facts.add(new Block.Fact(Texts.get("money.report.afterTax"), MoneyWords.afterTax(e.afterTax())));
        }
        if (e.costOfLiving() != null) {
            facts.add(new Block.Fact(Texts.get("money.report.costOfLiving"), MoneyWords.costOfLiving(e.costOfLiving())));
        }
        return new Block.Facts(facts);
    }
}
