package io.offerbench.exchange.report;

import io.offerbench.domain.Deadlines;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferStatus;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.MoneyEstimate;
import io.offerbench.scoring.PayProjection;
import io.offerbench.text.Formats;
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
        blocks.add(Block.Paragraph.plain(ReportWords.text("offer.rank", s.rank(), count, ReportWords.points(s.total()),
                io.offerbench.text.ProfileNames.of(c.weights()), ReportWords.share(s.completeness()))));
        io.offerbench.text.CompletenessWords.caution(s, c.ranking()).ifPresent(w -> blocks.add(Block.Paragraph.plain(w)));
        blocks.add(Block.Paragraph.plain(ReportWords.text("offer.stay", s.pay().tenureYears(), ReportWords.money(s.pay().tenureAverage()),
                ReportWords.list(s.valueByTenure().values().stream().map(ReportWords::money).toList()))));
        blocks.add(new Block.Facts(facts(o, c.generatedAt().toLocalDate())));
        blocks.addAll(pay(s.pay(), ReportWords.text("offer.inHome", c.context().homeCurrency().code())));
        report.inOfferCurrency().ifPresent(own -> blocks.addAll(pay(own, ReportWords.text("offer.inOwn", own.currency().code()))));
        blocks.add(payFacts(s.pay()));
        io.offerbench.text.PayWords.notes(s.pay()).forEach(n -> blocks.add(Block.Paragraph.muted(n)));
        blocks.addAll(ScoreBlocks.breakdown(s));
        blocks.addAll(ScoreBlocks.market(s));
        blocks.addAll(ScoreBlocks.hints(s));
        // What is missing goes into one quiet line ("No negotiation hints. No notes."): a heading over each "none" took
        // two lines apiece, five offers over.
        List<String> none = new ArrayList<>();
        if (s.hints().isEmpty()) {
            none.add(ReportWords.text("hints.none"));
        }
        if (o.notes().isBlank()) {
            none.add(ReportWords.text("offer.noNotes"));
        } else {
            blocks.add(new Block.Heading(3, ReportWords.text("offer.notes")));
            blocks.add(new Block.Paragraph(o.notes(), Block.Tone.USER));
        }
        if (report.comments().isEmpty()) {
            none.add(ReportWords.text("offer.noComments"));
        } else {
            blocks.add(new Block.Heading(3, ReportWords.text("offer.comments")));
        }
        for (ReviewComment rc : report.comments()) {
            String author = rc.author().isBlank() ? ReportWords.text("offer.someone") : rc.author();
            blocks.add(new Block.Comment(ReportWords.text("offer.byline", author, ReportWords.text("role." + rc.role().name()),
                    commentTime(rc)), rc.body()));
        }
        if (!none.isEmpty()) {
            blocks.add(Block.Paragraph.muted(String.join(" ", none)));
        }
        return new ReportSection("offer-" + position, ReportWords.text("offer.title", position, o.label()), true,
                ReportWords.text("offer.toc", position, count), blocks);
    }

    /** When it was written, and when its text was last changed if it was. */
    private static String commentTime(ReviewComment rc) {
        String written = ReportWords.commentTime(rc.createdAt());
        return rc.edited() ? ReportWords.text("offer.edited", written, ReportWords.commentTime(rc.editedAt())) : written;
    }

    private static List<Block.Fact> facts(Offer o, LocalDate today) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(ReportWords.text("fact.type"), ReportWords.label(o.type())));
        facts.add(new Block.Fact(ReportWords.text("fact.seniority"), ReportWords.label(o.seniority())));
        String place = o.location().display();
        facts.add(new Block.Fact(ReportWords.text("fact.location"), place.isBlank() ? ReportWords.text("notGiven") : place));
        facts.add(new Block.Fact(ReportWords.text("fact.currency"), o.currency().code()));
        facts.add(new Block.Fact(ReportWords.text("fact.status"), Deadlines.isPast(o, today)
                ? ReportWords.text("status.pastDeadline", ReportWords.label(o.status())) : ReportWords.label(o.status())));
        facts.add(new Block.Fact(ReportWords.text("fact.deadline"), deadline(o, today)));
        return facts;
    }

    /** "2026-12-02 (304 days left)"; days are counted from the day the report is made. */
    static String deadline(Offer o, LocalDate today) {
        if (o.deadline() == null) {
            return ReportWords.text("deadline.none");
        }
        String date = Formats.date(o.deadline());
        boolean open = o.status() == OfferStatus.CONSIDERING || o.status() == OfferStatus.NEGOTIATING;
        if (!open) {
            return date;
        }
        long days = Deadlines.daysLeft(o, today);
        return days > 0 ? ReportWords.text("deadline.left", date, days)
                : days == 0 ? ReportWords.text("deadline.today", date) : ReportWords.text("deadline.passed", date, -days);
    }

    /** Years 1 to the averaging period (four, or the vesting period when longer): the years the average runs over. */
    private static List<Block> pay(PayProjection p, String inWhat) {
        List<List<String>> rows = new ArrayList<>();
        for (YearPay y : p.years().subList(0, p.averagingYears())) {
            rows.add(List.of(ReportWords.text("pay.year", y.year()), ReportWords.money(y.base()), ReportWords.money(y.bonus()),
                    ReportWords.money(y.signOn()), ReportWords.money(y.equity()), ReportWords.money(y.total())));
        }
        Block.Table table = new Block.Table(List.of(Block.Column.text(ReportWords.text("pay.col.year"), 1),
                Block.Column.number(ReportWords.text("pay.col.base"), 1.3f), Block.Column.number(ReportWords.text("pay.col.bonus"), 1.3f),
                Block.Column.number(ReportWords.text("pay.col.signOn"), 1.3f), Block.Column.number(ReportWords.text("pay.col.equity"), 1.3f),
                Block.Column.number(ReportWords.text("total"), 1.3f)), rows, false);
        return List.of(new Block.Heading(3, ReportWords.text("pay.heading", inWhat)), table);
    }

    private static Block payFacts(PayProjection p) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(ReportWords.text("pay.year1"), ReportWords.money(p.year1Total())));
        facts.add(new Block.Fact(ReportWords.text("pay.average"), ReportWords.text("pay.averageValue", ReportWords.money(p.annualAverage()),
                p.averagingYears())));
        facts.add(new Block.Fact(ReportWords.text("pay.steady"), ReportWords.text("pay.steadyValue", ReportWords.money(p.steadyStateAnnual()))));
        if (!p.relocation().isZero()) {
            facts.add(new Block.Fact(ReportWords.text("pay.relocation"), ReportWords.text("pay.relocationValue", ReportWords.money(p.relocation()))));
        }
        if (!p.researchFunding().isZero()) {
            Money perYear = p.researchFunding().dividedBy(BigDecimal.valueOf(Math.max(1, p.researchFundingYears())));
            facts.add(new Block.Fact(ReportWords.text("pay.startup"), ReportWords.text("pay.startupValue", ReportWords.money(p.researchFunding()),
                    p.researchFundingYears(), ReportWords.money(perYear))));
        }
        facts.add(new Block.Fact(ReportWords.text("pay.equity"), io.offerbench.text.PayWords.equity(p)));
        facts.add(new Block.Fact(ReportWords.text("pay.rate"), io.offerbench.text.PayWords.conversion(p.conversion())));
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
