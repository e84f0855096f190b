package io.offerbench.scoring;

import static io.offerbench.scoring.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriteriaScorerTest {

    /** The explanation as the Ranking screen and the report show it (English). */
    static String words(CriterionScore s) {
        return io.offerbench.text.ReasonWords.explain(s.reasons());
    }

    private static Map<Criterion, CriterionScore> score(Offer o, ScoringContext ctx) {
        return CriteriaScorer.score(o, PayProjector.project(o, ctx), PayScale.from(ctx), ctx);
    }

    @Test
    void enteredCriteriaFollowTheDocumentedRules() {
        Offer o = Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "300000").toBuilder()
                .criteria(new Criteria(30, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, ComputeAccess.ADEQUATE, TopicFit.OTHER_THIN,
                        1, 3, 5, 2, 60, 90, VisaSupport.PARTIAL).withInterest(2)).build();
        Map<Criterion, CriterionScore> s = score(o, Fixtures.context());
        assertThat(s.get(Criterion.RESEARCH_FREEDOM).score()).isEqualByComparingTo("30");
        assertThat(s.get(Criterion.PUBLICATION).score()).isEqualByComparingTo("60");
        assertThat(s.get(Criterion.COMPUTE).score()).isEqualByComparingTo("55");
        assertThat(s.get(Criterion.TOPIC_FIT).score()).isEqualByComparingTo("25");
        assertThat(words(s.get(Criterion.TOPIC_FIT))).contains("everything else is on ice");
        assertThat(s.get(Criterion.INTEREST).score()).isEqualByComparingTo("25");
        assertThat(words(s.get(Criterion.INTEREST))).startsWith("Your interest in this work: 2 of 5");
        assertThat(s.get(Criterion.TEAM_FIT).score()).isEqualByComparingTo("0");
        assertThat(s.get(Criterion.ROLE_CLARITY).score()).isEqualByComparingTo("50");
        assertThat(s.get(Criterion.PRODUCT_CLOSENESS).score()).isEqualByComparingTo("100");
        assertThat(s.get(Criterion.STABILITY).score()).isEqualByComparingTo("25");
        assertThat(s.get(Criterion.HOURS).score()).isEqualByComparingTo("50");
        assertThat(s.get(Criterion.COMMUTE).score()).isEqualByComparingTo("25");
        assertThat(s.get(Criterion.VISA).score()).isEqualByComparingTo("50");
        assertThat(s.values()).allMatch(CriterionScore::entered);
    }

    @Test
    void edgesOfTheLinearRules() {
        assertThat(CriteriaScorer.linearDown(40, 40, 80)).isEqualByComparingTo("100");
        assertThat(CriteriaScorer.linearDown(80, 40, 80)).isEqualByComparingTo("0");
        assertThat(CriteriaScorer.linearDown(100, 40, 80)).isEqualByComparingTo("0");
        assertThat(CriteriaScorer.linearDown(50, 0, 120)).isEqualByComparingTo("58.33");
        assertThat(CriteriaScorer.visa(VisaSupport.NOT_NEEDED)).isEqualByComparingTo(CriteriaScorer.visa(VisaSupport.FULL));
        assertThat(CriteriaScorer.visa(VisaSupport.NONE)).isEqualByComparingTo("0");
        assertThat(CriteriaScorer.computeAccess(ComputeAccess.SCARCE)).isEqualByComparingTo("10");
        assertThat(CriteriaScorer.computeAccess(ComputeAccess.FRONTIER_SCALE)).isEqualByComparingTo("100");
        assertThat(CriteriaScorer.publication(PublicationPolicy.CLOSED)).isEqualByComparingTo("10");
        assertThat(CriteriaScorer.topicFit(TopicFit.LLM_GENAI_CORE)).isEqualByComparingTo("100");
    }

    @Test
    void missingFieldsAreMarkedNotEnteredAndSaySo() {
        Map<Criterion, CriterionScore> s = score(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "300000"), Fixtures.context());
        for (Criterion c : Criterion.values()) {
            if (c != Criterion.PAY && c != Criterion.TEACHING) {
                assertThat(s.get(c).score()).as(c.code()).isEqualByComparingTo("50");
                assertThat(s.get(c).entered()).isFalse();
                assertThat(words(s.get(c))).containsIgnoringCase("not entered");
            }
        }
    }

    @Test
    void academicStartUpMoneyLiftsComputeTowardAHundredWithoutACap() {
        Map<Criterion, CriterionScore> s = score(Fixtures.university(), Fixtures.context());
        // modest 30 + $200,000 a year: the gap of 70 closes by 200,000 / (200,000 + 100,000) -> +46.66
        assertThat(s.get(Criterion.COMPUTE).score()).isEqualByComparingTo("76.66");
        assertThat(words(s.get(Criterion.COMPUTE))).contains("$200,000 a year of research money adds 46.66 points")
                .contains("never past 100");
        // $1,000,000 a year: +63.63, and more money always lifts more (no silent cap at 30 any more).
        Offer rich = Fixtures.university().toBuilder().academic(new AcademicTerms(bd("150000"), 2, bd("5000000"), 5, bd("2"))).build();
        assertThat(score(rich, Fixtures.context()).get(Criterion.COMPUTE).score()).isEqualByComparingTo("93.63");
        Offer richer = Fixtures.university().toBuilder().academic(new AcademicTerms(bd("150000"), 2, bd("10000000"), 5, bd("2"))).build();
        assertThat(score(richer, Fixtures.context()).get(Criterion.COMPUTE).score()).isGreaterThan(new java.math.BigDecimal("93.63"))
                .isLessThan(new java.math.BigDecimal("100"));
    }

    @Test
    void closenessToProductCanBeNotApplicableAndIsThenLeftOutWithoutLoweringCompleteness() {
        Offer university = Fixtures.university();
        Offer notApplicable = university.toBuilder().criteria(university.criteria().withProductClosenessNotApplicable(true)).build();
        CriterionScore s = score(notApplicable, Fixtures.context()).get(Criterion.PRODUCT_CLOSENESS);
        assertThat(s.answer()).isEqualTo(Answer.NOT_APPLICABLE);
        assertThat(words(s)).startsWith("Does not apply to this offer: left out");
        OfferScore scored = OfferScorer.score(notApplicable, WeightPresets.balanced(), Fixtures.context(), PayScale.from(Fixtures.context()));
        assertThat(scored.completeness()).isEqualByComparingTo("1");
        assertThat(scored.component(Criterion.PRODUCT_CLOSENESS).points()).isEqualByComparingTo("0");
        // Its weight is spread over the others, as for a blank: the university's 1-of-5 closeness no longer costs it.
        OfferScore asEntered = OfferScorer.score(university, WeightPresets.balanced(), Fixtures.context(), PayScale.from(Fixtures.context()));
        assertThat(scored.total()).isGreaterThan(asEntered.total());
    }

    @Test
    void teachingLoadTakesFromTheScoreAndSaysHow() {
        Offer teaching = Fixtures.university().toBuilder().academic(new AcademicTerms(bd("150000"), 2, bd("600000"), 3, bd("3"))).build();
        Offer none = Fixtures.university().toBuilder().academic(new AcademicTerms(bd("150000"), 2, bd("600000"), 3, bd("0"))).build();
        CriterionScore three = score(teaching, Fixtures.context()).get(Criterion.TEACHING);
        assertThat(three.score()).isEqualByComparingTo("50");
        assertThat(words(three)).contains("3 courses a year").contains("0 at 6 courses a year");
        assertThat(score(none, Fixtures.context()).get(Criterion.TEACHING).score()).isEqualByComparingTo("100");
        CriterionScore industry = score(Fixtures.usdOffer("Lab", OfferType.FRONTIER_LAB, "300000"), Fixtures.context()).get(Criterion.TEACHING);
        assertThat(industry.score()).isEqualByComparingTo("100");
        assertThat(words(industry)).startsWith("No teaching duties in this offer: 100");
    }

    @Test
    void payScaleHasNoCapAndEveryExtraDollarCountsALittleLess() {
        PayScale scale = PayScale.from(Fixtures.context());
        assertThat(scale.halfPoint()).isEqualTo(Money.of("300000", "USD"));
        assertThat(scale.benchmarkIds()).isEmpty();
        assertThat(scale.score(Money.of("0", "USD"))).isEqualByComparingTo("0");
        assertThat(scale.score(Money.of("100000", "USD"))).isEqualByComparingTo("25");
        assertThat(scale.score(Money.of("300000", "USD"))).isEqualByComparingTo("50");
        assertThat(scale.score(Money.of("900000", "USD"))).isEqualByComparingTo("75");
        // The $1.5M quant offer no longer ties the $900k one; nothing reaches 100.
        assertThat(scale.score(Money.of("1500000", "USD"))).isEqualByComparingTo("83.33");
        assertThat(scale.score(Money.of("100000000", "USD"))).isLessThan(new java.math.BigDecimal("100"));
        // Concave: the second $300k adds less than the first.
        java.math.BigDecimal first = scale.score(Money.of("300000", "USD"));
        java.math.BigDecimal second = scale.score(Money.of("600000", "USD")).subtract(first);
        assertThat(second).isLessThan(first);
    }

    @Test
    void thePayExplanationStatesTheScaleBesideTheScore() {
        Map<Criterion, CriterionScore> s = score(Fixtures.usdOffer("Fund", OfferType.QUANT_FIRM, "1500000"), Fixtures.context());
        assertThat(words(s.get(Criterion.PAY))).contains("$300,000 a year scores 50").contains("no cap")
                .contains("if you stay 2 years");
    }
}
