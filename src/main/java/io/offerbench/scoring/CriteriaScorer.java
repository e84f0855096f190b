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
import java.util.EnumMap;
import java.util.Map;

/**
 * Maps each criterion to 0-100 by a fixed, documented rule (see docs/scoring.md). A field the user
 * left empty is marked not entered and left out of the total (the other weights renormalised), so a
 * missing answer neither helps nor hurts; it carries a placeholder 50 for the radar chart.
 */
public final class CriteriaScorer {

    static final BigDecimal NEUTRAL = BigDecimal.valueOf(50).setScale(2);
    /** Academic start-up funding lifts compute by 10 points per $100,000 a year, at most 30. */
    static final BigDecimal STARTUP_POINTS_PER_100K_USD = BigDecimal.TEN;
    static final BigDecimal STARTUP_MAX_LIFT = BigDecimal.valueOf(30);

    private CriteriaScorer() {
    }

    /** Raw scores of every criterion; pay is scored from the projection's annual average. */
    public static Map<Criterion, CriterionScore> score(Offer offer, PayProjection pay, PayScale scale, ScoringContext ctx) {
        Criteria c = offer.criteria();
        Map<Criterion, CriterionScore> out = new EnumMap<>(Criterion.class);
        out.put(Criterion.PAY, new CriterionScore(Criterion.PAY, scale.score(pay.tenureAverage()), true,
                "Pay per year if you stay " + pay.tenureYears() + (pay.tenureYears() == 1 ? " year" : " years") + ": "
                        + MoneyFormat.format(pay.tenureAverage()) + " (base, bonus, the sign-on paid in those years and only"
                        + " the equity vested by then; relocation excluded). Scored 100 x pay / (pay + "
                        + MoneyFormat.format(scale.halfPoint()) + "): " + MoneyFormat.format(scale.halfPoint())
                        + " a year scores 50, more pay always scores more, with no cap (OfferBench's scale, not a document figure)."));
        out.put(Criterion.RESEARCH_FREEDOM, c.researchFreedomPercent() == null ? neutral(Criterion.RESEARCH_FREEDOM)
                : entered(Criterion.RESEARCH_FREEDOM, BigDecimal.valueOf(c.researchFreedomPercent()),
                        c.researchFreedomPercent() + "% of time on self-directed research, scored one point per percent."));
        out.put(Criterion.PUBLICATION, c.publicationPolicy() == null ? neutral(Criterion.PUBLICATION)
                : entered(Criterion.PUBLICATION, publication(c.publicationPolicy()),
                        "Publication " + c.publicationPolicy().code() + ": open 100, review before publishing 60, closed 10."));
        out.put(Criterion.COMPUTE, compute(offer, ctx));
        out.put(Criterion.TOPIC_FIT, c.topicFit() == null ? neutral(Criterion.TOPIC_FIT)
                : entered(Criterion.TOPIC_FIT, topicFit(c.topicFit()), "Topic " + c.topicFit().code()
                        + ": LLM/GenAI core 100, GenAI-adjacent 75, other in-demand 50, other thin 25 (\"Jobs in GenAI and"
                        + " LLMs are plentiful, everything else is on ice\", Interconnects 2023-10-11)."));
        out.put(Criterion.TEAM_FIT, fivePoint(Criterion.TEAM_FIT, c.teamFit(), "Team fit"));
        out.put(Criterion.ROLE_CLARITY, fivePoint(Criterion.ROLE_CLARITY, c.roleClarity(), "Role clarity"));
        out.put(Criterion.PRODUCT_CLOSENESS, fivePoint(Criterion.PRODUCT_CLOSENESS, c.productCloseness(), "Closeness to product"));
        out.put(Criterion.STABILITY, fivePoint(Criterion.STABILITY, c.stability(), "Stability"));
        out.put(Criterion.HOURS, c.hoursPerWeek() == null ? neutral(Criterion.HOURS)
                : entered(Criterion.HOURS, linearDown(c.hoursPerWeek(), 40, 80),
                        c.hoursPerWeek() + " hours a week: 100 up to 40, falling linearly to 0 at 80."));
        out.put(Criterion.COMMUTE, c.commuteMinutes() == null ? neutral(Criterion.COMMUTE)
                : entered(Criterion.COMMUTE, linearDown(c.commuteMinutes(), 0, 120),
                        c.commuteMinutes() + " minutes one way: 100 at 0, falling linearly to 0 at 120."));
        out.put(Criterion.VISA, c.visaSupport() == null ? neutral(Criterion.VISA)
                : entered(Criterion.VISA, visa(c.visaSupport()), "Visa " + c.visaSupport().code()
                        + ": not needed or full support 100, partial 50, none 0."));
        return out;
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
        if (value <= best) {
            return pts(100);
        }
        if (value >= worst) {
            return pts(0);
        }
        return BigDecimal.valueOf(100L * (worst - value)).divide(BigDecimal.valueOf(worst - best), 2, RoundingMode.HALF_UP);
    }

    private static CriterionScore compute(Offer offer, ScoringContext ctx) {
        ComputeAccess access = offer.criteria().computeAccess();
        BigDecimal base = access == null ? NEUTRAL : computeAccess(access);
        String why = access == null ? "Compute not entered: left out, the other weights renormalised."
                : "Compute " + access.code() + ": scarce 10, modest 30, adequate 55, generous 80, frontier scale 100.";
        BigDecimal startup = offer.academic().startupPackage();
        if (!offer.isAcademic() || startup.signum() == 0) {
            return new CriterionScore(Criterion.COMPUTE, base, access != null, why);
        }
        // Research funding buys GPUs and cloud credits, which universities otherwise lack (Semafor 2023-12-15).
        BigDecimal perYear = startup.divide(BigDecimal.valueOf(offer.academic().startupYears()), MathContext.DECIMAL64);
        Money perYearUsd = ctx.currencies().convert(new Money(perYear, offer.currency()), CurrencyCode.USD);
        BigDecimal lift = perYearUsd.amount().multiply(STARTUP_POINTS_PER_100K_USD)
                .divide(BigDecimal.valueOf(100_000), 2, RoundingMode.HALF_UP).min(STARTUP_MAX_LIFT);
        BigDecimal lifted = base.add(lift).min(pts(100));
        return new CriterionScore(Criterion.COMPUTE, lifted, access != null, why + " Start-up package "
                + MoneyFormat.format(perYearUsd) + " a year adds " + lift.stripTrailingZeros().toPlainString()
                + " points (10 per $100,000 a year, at most 30; score capped at 100).");
    }

    private static CriterionScore fivePoint(Criterion c, Integer value, String label) {
        if (value == null) {
            return neutral(c);
        }
        return entered(c, pts((value - 1) * 25), label + " " + value + " of 5: 1 scores 0, each step adds 25.");
    }

    private static CriterionScore entered(Criterion c, BigDecimal score, String why) {
        return new CriterionScore(c, score.setScale(2, RoundingMode.HALF_UP), true, why);
    }

    private static CriterionScore neutral(Criterion c) {
        return new CriterionScore(c, NEUTRAL, false, "Not entered: left out, the other weights renormalised.");
    }

    private static BigDecimal pts(int p) {
        return BigDecimal.valueOf(p).setScale(2);
    }
}
