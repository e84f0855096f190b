package io.offerbench.ui.compare;

import io.offerbench.text.Formats;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.Money;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.PayProjection;
import io.offerbench.scoring.ScoreComponent;
import io.offerbench.scoring.YearPay;
import io.offerbench.text.MoneyWords;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The key-figures table as text: score and rank, the pay figures in the home currency, the market
 * verdict and each non-monetary criterion (score and what was entered), one value per compared offer.
 * Pure, so it is tested without a window.
 */
public final class KeyFigures {

    private KeyFigures() {
    }

    public static List<FigureRow> of(ComparedOffers offers) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(row(offers, Messages.get("compare.row.score"),
                s -> Messages.get("compare.row.scoreCell", s.rank(), s.total().toPlainString())));
        rows.add(row(offers, Messages.get("compare.row.completeness"),
                s -> MoneyFormat.percent(s.completeness().movePointRight(2))));
        for (int years : io.offerbench.scoring.PayProjection.SHOWN_TENURES) {
            rows.add(money(offers, Messages.get("compare.row.valueAfter", years), s -> s.valueByTenure().get(years)));
        }
        boolean estimated = offers.scores().stream().anyMatch(s -> s.pay().estimate().applied());
        if (estimated) {
            rows.add(money(offers, Messages.get("money.ui.row.grossYear1"), s -> s.pay().estimate().grossYear1()));
        }
        rows.add(money(offers, Messages.get("compare.row.year1"), OfferScore::year1Total));
        rows.add(money(offers, Messages.get("compare.row.average"), OfferScore::annualAverage));
        rows.add(money(offers, Messages.get("compare.row.steady"), OfferScore::steadyStateAnnual));
        rows.add(money(offers, Messages.get("compare.row.cumulative4"), s -> s.pay().cumulativeTotal(4)));
        rows.add(money(offers, Messages.get("compare.row.base"), s -> s.pay().year1Base()));
        rows.add(money(offers, Messages.get("compare.row.bonus"), s -> s.pay().years().get(0).bonus()));
        rows.add(money(offers, Messages.get("compare.row.signOn"), s -> s.pay().signOnTotal()));
        rows.add(money(offers, Messages.get("compare.row.equity"), s -> equityPerYear(s.pay())));
        rows.add(money(offers, Messages.get("compare.row.relocation"), s -> s.pay().relocation()));
        if (offers.scores().stream().anyMatch(s -> s.pay().estimate().afterTax() != null)) {
            rows.add(row(offers, Messages.get("money.ui.row.tax"),
                    s -> s.pay().estimate().afterTax() == null ? "" : MoneyWords.breakdown(s.pay().estimate().afterTax())));
            rows.add(row(offers, Messages.get("money.ui.row.taxPlace"), s -> s.pay().estimate().afterTax() == null ? ""
                    : s.pay().estimate().afterTax().place()));
        }
        if (offers.scores().stream().anyMatch(s -> s.pay().estimate().costOfLiving() != null)) {
            rows.add(row(offers, Messages.get("money.ui.row.living"), s -> s.pay().estimate().costOfLiving() == null ? ""
                    : s.pay().estimate().costOfLiving().index().stripTrailingZeros().toPlainString()));
        }
        rows.add(row(offers, Messages.get("compare.row.market"), KeyFigures::market));
        for (Criterion c : Criterion.values()) {
            if (c != Criterion.PAY) {
                rows.add(row(offers, Messages.get("criterion." + c.name()), s -> criterion(s, c)));
            }
        }
        return rows;
    }

    /** Equity received per year, averaged over the vesting period scoring averages over. */
    static Money equityPerYear(PayProjection pay) {
        Money sum = pay.years().stream().limit(pay.averagingYears()).map(YearPay::equity)
                .reduce(Money.zero(pay.currency()), Money::plus);
        return sum.dividedBy(BigDecimal.valueOf(pay.averagingYears()));
    }

    private static String market(OfferScore s) {
        MarketPosition m = s.market();
        String verdict = Messages.get("verdict." + m.verdict().name());
        return m.verdict() == MarketPosition.Verdict.NO_BENCHMARK ? verdict : Messages.get("compare.row.marketCell", verdict, io.offerbench.text.MarketWords.band(m));
    }

    private static String criterion(OfferScore s, Criterion c) {
        ScoreComponent component = s.component(c);
        String score = component.rawScore().stripTrailingZeros().toPlainString();
        if (!component.applicable()) {
            return Messages.get("compare.row.criterionNotApplicable");
        }
        if (!component.entered()) {
            return Messages.get("compare.row.criterionNeutral", score);
        }
        String detail = c == Criterion.TEACHING ? teaching(s.offer()) : entered(s.offer().criteria(), c);
        return detail == null ? Messages.get("compare.row.criterionScore", score) : Messages.get("compare.row.criterionCell", score, detail);
    }

    /** What the user entered for a criterion, in words; null when the score says it all. */
    private static String entered(Criteria c, Criterion which) {
        return switch (which) {
            case RESEARCH_FREEDOM -> c.researchFreedomPercent() == null ? null : Messages.get("compare.detail.freedom", c.researchFreedomPercent());
            case PUBLICATION -> c.publicationPolicy() == null ? null : EnumLabels.of(c.publicationPolicy());
            case COMPUTE -> c.computeAccess() == null ? null : EnumLabels.of(c.computeAccess());
            case TOPIC_FIT -> c.topicFit() == null ? null : EnumLabels.of(c.topicFit());
            case INTEREST -> fivePoint(c.interest());
            case TEAM_FIT -> fivePoint(c.teamFit());
            case ROLE_CLARITY -> fivePoint(c.roleClarity());
            case PRODUCT_CLOSENESS -> fivePoint(c.productCloseness());
            case STABILITY -> fivePoint(c.stability());
            case HOURS -> c.hoursPerWeek() == null ? null : Messages.get("compare.detail.hours", c.hoursPerWeek());
            case COMMUTE -> c.commuteMinutes() == null ? null : Messages.get("compare.detail.commute", c.commuteMinutes());
            case VISA -> c.visaSupport() == null ? null : EnumLabels.of(c.visaSupport());
            case PAY, TEACHING -> null;
        };
    }

    private static String teaching(io.offerbench.domain.Offer o) {
        return Messages.get("compare.detail.teaching", o.academic().teachingCoursesPerYear().stripTrailingZeros().toPlainString());
    }

    private static String fivePoint(Integer v) {
        return v == null ? null : Messages.get("compare.detail.fivePoint", v);
    }

    private static FigureRow money(ComparedOffers offers, String label, Function<OfferScore, Money> figure) {
        return row(offers, label, s -> Formats.amount(figure.apply(s)));
    }

    private static FigureRow row(ComparedOffers offers, String label, Function<OfferScore, String> value) {
        return new FigureRow(label, offers.scores().stream().map(value).toList());
    }
}
