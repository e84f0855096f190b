package io.offerbench.scoring;

import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Maps each criterion to 0-100 by a fixed, documented rule (see docs/scoring.md), with the rule as
 * facts ({@link Reason}s) the text layer puts into words. A field the user left empty is marked not
 * entered and left out of the total (the other weights renormalised), so a missing answer neither helps
 * nor hurts; it carries a placeholder 50 for the radar chart.
 */
public final class CriteriaScorer {

    static final BigDecimal NEUTRAL = BigDecimal.valueOf(50).setScale(2);
    /**
     * Academic start-up money lifts compute toward 100 without a cap: lift = (100 - compute) x f / (f + this),
     * f the package per year over its years in USD. OfferBench's choice (the documents give no start-up figure).
     */
    public static final BigDecimal STARTUP_HALF_LIFT_USD = BigDecimal.valueOf(100_000);
    /** Courses a year at which the teaching criterion reaches 0 (a 3-3 load); 100 at none, linear between. */
    public static final int TEACHING_ZERO_AT_COURSES = 6;

    private CriteriaScorer() {
    }

    /** Raw scores of every criterion; pay is scored from the projection's value over the chosen stay. */
    public static Map<Criterion, CriterionScore> score(Offer offer, PayProjection pay, PayScale scale, ScoringContext ctx) {
        Criteria c = offer.criteria();
        Map<Criterion, CriterionScore> out = new EnumMap<>(Criterion.class);
        out.put(Criterion.PAY, pay(offer, pay, scale));
        out.put(Criterion.RESEARCH_FREEDOM, c.researchFreedomPercent() == null ? neutral(Criterion.RESEARCH_FREEDOM)
                : entered(Criterion.RESEARCH_FREEDOM, BigDecimal.valueOf(c.researchFreedomPercent()),
                        Reason.of("researchFreedom", c.researchFreedomPercent())));
        out.put(Criterion.PUBLICATION, c.publicationPolicy() == null ? neutral(Criterion.PUBLICATION)
                : entered(Criterion.PUBLICATION, publication(c.publicationPolicy()), Reason.of("publication", c.publicationPolicy())));
        out.put(Criterion.COMPUTE, compute(offer, ctx));
        out.put(Criterion.TEACHING, teaching(offer));
        out.put(Criterion.TOPIC_FIT, c.topicFit() == null ? neutral(Criterion.TOPIC_FIT)
                : entered(Criterion.TOPIC_FIT, topicFit(c.topicFit()), Reason.of("topicDemand", c.topicFit())));
        out.put(Criterion.INTEREST, c.interest() == null ? neutral(Criterion.INTEREST)
                : entered(Criterion.INTEREST, pts((c.interest() - 1) * 25), Reason.of("interest", c.interest())));
        out.put(Criterion.TEAM_FIT, fivePoint(Criterion.TEAM_FIT, c.teamFit()));
        out.put(Criterion.ROLE_CLARITY, fivePoint(Criterion.ROLE_CLARITY, c.roleClarity()));
        out.put(Criterion.PRODUCT_CLOSENESS, c.productClosenessNotApplicable()
                ? notApplicable(Criterion.PRODUCT_CLOSENESS, Reason.of("notApplicable"))
                : fivePoint(Criterion.PRODUCT_CLOSENESS, c.productCloseness()));
        out.put(Criterion.STABILITY, fivePoint(Criterion.STABILITY, c.stability()));
        out.put(Criterion.HOURS, c.hoursPerWeek() == null ? neutral(Criterion.HOURS)
                : entered(Criterion.HOURS, linearDown(c.hoursPerWeek(), 40, 80), Reason.of("hours", c.hoursPerWeek())));
        out.put(Criterion.COMMUTE, c.commuteMinutes() == null ? neutral(Criterion.COMMUTE)
                : entered(Criterion.COMMUTE, linearDown(c.commuteMinutes(), 0, 120), Reason.of("commute", c.commuteMinutes())));
        out.put(Criterion.VISA, c.visaSupport() == null ? neutral(Criterion.VISA)
                : entered(Criterion.VISA, visa(c.visaSupport()), Reason.of("visa", c.visaSupport())));
        // The documents' qualitative signals for each criterion, said after its rule (they change no points).
        out.replaceAll((criterion, cs) -> {
            List<Reason> signals = MarketSignals.reasons(offer, criterion, ctx.benchmarks());
            if (signals.isEmpty()) {
                return cs;
            }
            List<Reason> why = new ArrayList<>(cs.reasons());
            why.addAll(signals);
            return new CriterionScore(cs.criterion(), cs.score(), cs.answer(), why);
        });
        return out;
    }

    private static CriterionScore pay(Offer offer, PayProjection pay, PayScale scale) {
        List<Reason> why = new ArrayList<>();
        why.add(Reason.of("pay", pay.tenureYears(), pay.tenureAverage()));
        why.addAll(PayProjector.salaryReasons(offer));
        why.add(Reason.of("pay.scale", scale.halfPoint()));
        return new CriterionScore(Criterion.PAY, scale.score(pay.tenureAverage()), Answer.ENTERED, why);
    }

    static BigDecimal publication(PublicationPolicy p) {
        return pts(switch (p) {
            case OPEN -> 100;
            case REVIEW_BEFORE_PUBLISHING -> 60;
            case CLOSED -> 10;
        });
    }

    static BigDecimal computeAccess(ComputeAccess a) {
        return pts(switch (a) {
            case SCARCE -> 10;
            case MODEST -> 30;
            case ADEQUATE -> 55;
            case GENEROUS -> 80;
            case FRONTIER_SCALE -> 100;
        });
    }

    static BigDecimal topicFit(TopicFit t) {
        return pts(switch (t) {
            case LLM_GENAI_CORE -> 100;
            case GENAI_ADJACENT -> 75;
            case OTHER_IN_DEMAND -> 50;
            case OTHER_THIN -> 25;
        });
    }

    static BigDecimal visa(VisaSupport v) {
        return pts(switch (v) {
            case NOT_NEEDED, FULL -> 100;
            case PARTIAL -> 50;
            case NONE -> 0;
        });
    }

    /** 100 at or below {@code best}, 0 at or above {@code worst}, linear between. */
    static BigDecimal linearDown(int value, int best, int worst) {
        return linearDown(BigDecimal.valueOf(value), best, worst);
    }

    static BigDecimal linearDown(BigDecimal value, int best, int worst) {
        if (value.compareTo(BigDecimal.valueOf(best)) <= 0) {
            return pts(100);
        }
        if (value.compareTo(BigDecimal.valueOf(worst)) >= 0) {
            return pts(0);
        }
        return BigDecimal.valueOf(100).multiply(BigDecimal.valueOf(worst).subtract(value))
                .divide(BigDecimal.valueOf(worst - best), 2, RoundingMode.HALF_UP);
    }

    /**
     * Teaching takes time from research: 100 with no courses, falling linearly to 0 at
     * {@link #TEACHING_ZERO_AT_COURSES} a year. An offer that is not academic has no teaching duties: that
     * is known, not a blank, so it scores 100 like a faculty post without teaching (neither is favoured).
     */
    static CriterionScore teaching(Offer offer) {
        BigDecimal courses = offer.academic().teachingCoursesPerYear();
        if (!offer.isAcademic() && courses.signum() == 0) {
            return entered(Criterion.TEACHING, pts(100), Reason.of("teaching.none"));
        }
        return entered(Criterion.TEACHING, linearDown(courses, 0, TEACHING_ZERO_AT_COURSES),
                Reason.of("teaching", courses.stripTrailingZeros(), TEACHING_ZERO_AT_COURSES));
    }

    /** The start-up package's lift of a compute score: toward 100, never past it, more money always more. */
    static BigDecimal startupLift(BigDecimal computeScore, BigDecimal perYearUsd) {
        if (perYearUsd.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(100).subtract(computeScore).multiply(perYearUsd)
                .divide(perYearUsd.add(STARTUP_HALF_LIFT_USD), 2, RoundingMode.DOWN);
    }

    private static CriterionScore compute(Offer offer, ScoringContext ctx) {
        ComputeAccess access = offer.criteria().computeAccess();
        if (access == null) {
            return neutral(Criterion.COMPUTE);
        }
        BigDecimal base = computeAccess(access);
        List<Reason> why = new ArrayList<>();
        why.add(Reason.of("compute", access));
        BigDecimal startup = offer.academic().startupPackage();
        if (!offer.isAcademic() || startup.signum() == 0) {
            return new CriterionScore(Criterion.COMPUTE, base, Answer.ENTERED, why);
        }
        // Research money buys GPUs and cloud credits, which "most universities can't afford" (Semafor 2023-12-15);
        // it is valued per year over the years it is spent, and lifts compute toward 100 without a cap.
        BigDecimal perYear = startup.divide(BigDecimal.valueOf(offer.academic().startupYears()), MathContext.DECIMAL64);
        Money perYearUsd = ctx.currencies().convert(new Money(perYear, offer.currency()), CurrencyCode.USD);
        BigDecimal lift = startupLift(base, perYearUsd.amount());
        why.add(Reason.of("compute.startup", new Money(startup, offer.currency()), offer.academic().startupYears(), perYearUsd,
                lift, new Money(STARTUP_HALF_LIFT_USD, CurrencyCode.USD)));
        return new CriterionScore(Criterion.COMPUTE, base.add(lift).min(pts(100)), Answer.ENTERED, why);
    }

    private static CriterionScore fivePoint(Criterion c, Integer value) {
        if (value == null) {
            return neutral(c);
        }
        return entered(c, pts((value - 1) * 25), Reason.of("fivePoint", value));
    }

    private static CriterionScore entered(Criterion c, BigDecimal score, Reason why) {
        return new CriterionScore(c, score.setScale(2, RoundingMode.HALF_UP), Answer.ENTERED, List.of(why));
    }

    private static CriterionScore neutral(Criterion c) {
        return new CriterionScore(c, NEUTRAL, Answer.NOT_ENTERED, List.of(Reason.of("notEntered")));
    }

    private static CriterionScore notApplicable(Criterion c, Reason why) {
        return new CriterionScore(c, NEUTRAL, Answer.NOT_APPLICABLE, List.of(why));
    }

    private static BigDecimal pts(int p) {
        return BigDecimal.valueOf(p).setScale(2);
    }
}
