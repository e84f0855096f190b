package io.offerbench.scoring;

import static io.offerbench.scoring.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.VisaSupport;
import io.offerbench.scoring.MarketPosition.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The realistic offers of issue #11's "Done when", scored against the shipped data as a user would
 * see them (the market ones are in {@link MarketAnalyzerTest}).
 */
class DoneWhenTest {

    private static final ScoringContext CTX = ShippedData.context();

    private static Ranking rank(Offer... offers) {
        return OfferScorer.rank(List.of(offers), WeightPresets.balanced(), CTX);
    }

    private static OfferScore of(Ranking r, String company) {
        return r.scores().stream().filter(s -> s.offer().company().equals(company)).findFirst().orElseThrow();
    }

    private static Offer offer(String company, OfferType type, String base) {
        return Fixtures.usdOffer(company, type, base).toBuilder().location(new Location("New York", "USA", false)).build();
    }

    @Test
    void aThreeHundredThousandFrontierLabOfferGetsNoGapAndNoTarget() {
        OfferScore s = of(rank(offer("Lab", OfferType.FRONTIER_LAB, "300000")), "Lab");
        assertThat(s.market().verdict()).isEqualTo(Verdict.NO_BENCHMARK);
        assertThat(s.hints()).allSatisfy(h -> assertThat(h.target()).isNull());
        assertThat(s.hints()).extracting(io.offerbench.text.HintWords::text).noneMatch(t -> t.contains("gap"));
    }

    @Test
    void aSeniorOfferWithAOneMillionSignOnIsToldNothingAboutTheHundredMillionAndTheSignOnCounts() {
        Offer without = offer("Big", OfferType.BIG_TECH_RESEARCH, "400000").toBuilder().seniority(Seniority.SENIOR_STAFF).build();
        Offer with = without.toBuilder().company("Big with sign-on").pay(new Compensation(bd("400000"), null, null, bd("1000000"), 1, null)).build();
        Ranking r = rank(without, with);
        assertThat(of(r, "Big with sign-on").hints()).extracting(io.offerbench.text.HintWords::text).noneMatch(t -> t.contains("99,000,000"));
        assertThat(of(r, "Big with sign-on").component(io.offerbench.domain.Criterion.PAY).rawScore())
                .isGreaterThan(of(r, "Big").component(io.offerbench.domain.Criterion.PAY).rawScore());
    }

    @Test
    void aOnePointFiveMillionQuantOfferOutscoresANineHundredThousandOne() {
        Ranking r = rank(offer("Fund A", OfferType.QUANT_FIRM, "900000"), offer("Fund B", OfferType.QUANT_FIRM, "1500000"));
        assertThat(of(r, "Fund B").total()).isGreaterThan(of(r, "Fund A").total());
        assertThat(of(r, "Fund B").rank()).isEqualTo(1);
    }

    @Test
    void backLoadedVestingOfTheSameGrantScoresLowerOverATwoYearStay() {
        Offer even = offer("Even", OfferType.BIG_TECH_RESEARCH, "200000").toBuilder()
                .equity(new EquityGrant(bd("800000"), EquityType.PUBLIC_RSU, VestingSchedule.even(4, 12), null)).build();
        Offer backLoaded = even.toBuilder().company("Back-loaded")
                .equity(new EquityGrant(bd("800000"), EquityType.PUBLIC_RSU, VestingSchedule.parse("5/15/40/40", 4, 12), null)).build();
        Ranking two = rank(even, backLoaded);
        assertThat(of(two, "Back-loaded").total()).isLessThan(of(two, "Even").total());
        assertThat(of(two, "Back-loaded").valueByTenure().get(2).amount()).isEqualByComparingTo("560000"); // 2 x 200k + 20% of 800k
        assertThat(of(two, "Even").valueByTenure().get(2).amount()).isEqualByComparingTo("800000");       // 2 x 200k + 50% of 800k
        // Once everything has vested the two are worth the same.
        assertThat(of(two, "Back-loaded").valueByTenure().get(4)).isEqualTo(of(two, "Even").valueByTenure().get(4));
        ScoringContext fourYears = CTX.withTenureYears(4);
        Ranking four = OfferScorer.rank(List.of(even, backLoaded), WeightPresets.balanced(), fourYears);
        assertThat(of(four, "Back-loaded").component(io.offerbench.domain.Criterion.PAY).rawScore())
                .isEqualByComparingTo(of(four, "Even").component(io.offerbench.domain.Criterion.PAY).rawScore());
    }

    @Test
    void aCliffLongerThanTheStayMeansTheGrantCountsForNothing() {
        Offer cliff = offer("Cliff", OfferType.AI_STARTUP, "200000").toBuilder()
                .equity(new EquityGrant(bd("400000"), EquityType.PUBLIC_RSU, VestingSchedule.even(4, 18), null)).build();
        ScoringContext oneYear = CTX.withTenureYears(1);
        OfferScore s = OfferScorer.score(cliff, WeightPresets.balanced(), oneYear, PayScale.from(oneYear));
        assertThat(s.pay().tenureAverage().amount()).isEqualByComparingTo("200000");
    }

    @Test
    void blankCriteriaNoLongerOutrankTheSameOfferWithHonestMediocreAnswers() {
        Offer blank = offer("Blank", OfferType.FRONTIER_LAB, "300000");
        Offer mediocre = blank.toBuilder().company("Mediocre").criteria(new Criteria(30, PublicationPolicy.REVIEW_BEFORE_PUBLISHING,
                ComputeAccess.MODEST, TopicFit.OTHER_IN_DEMAND, 3, 3, 3, 3, 55, 45, VisaSupport.PARTIAL).withInterest(3)).build();
        Ranking r = rank(blank, mediocre);
        OfferScore b = of(r, "Blank");
        OfferScore m = of(r, "Mediocre");
        // The blank offer is scored on what is known, pay and teaching load (an industry offer has none: a fact,
        // not a blank), and says how little of the weight that is: 20 + 3 of 100.
        assertThat(b.completeness()).isEqualByComparingTo("0.23");
        assertThat(m.completeness()).isEqualByComparingTo("1");
        assertThat(b.components()).filteredOn(c -> !c.entered()).allSatisfy(c -> assertThat(c.points()).isEqualByComparingTo("0"));
        assertThat(b.total()).isEqualByComparingTo(b.component(io.offerbench.domain.Criterion.PAY).points()
                .add(b.component(io.offerbench.domain.Criterion.TEACHING).points()));
        // Filling in a blank with a good answer raises the score, with a bad one lowers it: a blank is neither.
        Offer goodTeam = blank.toBuilder().criteria(new Criteria(null, null, null, null, 5, null, null, null, null, null, null)).build();
        Offer badTeam = blank.toBuilder().criteria(new Criteria(null, null, null, null, 1, null, null, null, null, null, null)).build();
        BigDecimal blankTotal = b.total();
        assertThat(of(rank(goodTeam), "Blank").total()).isGreaterThan(blankTotal);
        assertThat(of(rank(badTeam), "Blank").total()).isLessThan(blankTotal);
    }

    /** "Faculty with and without teaching": the same post with 3 courses a year and with none. */
    @Test
    void facultyWithAndWithoutTeachingGetDifferentExplainedScores() {
        Offer teaching = Fixtures.university().toBuilder().company("Teaching U").build();
        Offer researchOnly = teaching.toBuilder().company("Research U")
                .academic(new io.offerbench.domain.AcademicTerms(bd("150000"), 2, bd("1000000"), 5, bd("0"))).build();
        Ranking r = rank(teaching, researchOnly);
        OfferScore t = of(r, "Teaching U");
        OfferScore n = of(r, "Research U");
        assertThat(n.total()).isGreaterThan(t.total());
        assertThat(n.rank()).isEqualTo(1);
        assertThat(t.component(io.offerbench.domain.Criterion.TEACHING).rawScore()).isEqualByComparingTo("50");
        assertThat(n.component(io.offerbench.domain.Criterion.TEACHING).rawScore()).isEqualByComparingTo("100");
        // Everything else is the same: the difference is the teaching load's points, and it is said in words.
        assertThat(n.component(io.offerbench.domain.Criterion.PAY).points()).isEqualByComparingTo(t.component(io.offerbench.domain.Criterion.PAY).points());
        assertThat(io.offerbench.text.ReasonWords.explain(t.component(io.offerbench.domain.Criterion.TEACHING)))
                .isEqualTo("3 courses a year: no teaching scores 100, falling linearly to 0 at 6 courses a year"
                        + " (a 3-3 load; OfferBench\u2019s scale, not a document figure). The documents: \u201cwithout teaching duties,"
                        + " administrative overhead as well as pressure to constantly write grant proposals\u201d (Kyunghyun Cho (blog post,"
                        + " reposted under the byline Mr Viral), 2024; cho-2024-academia-burdens).");
        assertThat(io.offerbench.text.ReasonWords.explain(n.component(io.offerbench.domain.Criterion.TEACHING))).startsWith("0 courses a year");
    }

    /** Summer salary paid only from grants is shown, not counted; guaranteed months count as pay. */
    @Test
    void grantFundedSummerSalaryIsShownButOnlyTheGuaranteedPartCountsAsPay() {
        Offer grants = Fixtures.university().toBuilder().company("Grants U").build();
        Offer guaranteed = grants.toBuilder().company("Guaranteed U").academic(grants.academic().withGuaranteedSummerMonths(2)).build();
        Ranking r = rank(grants, guaranteed);
        assertThat(of(r, "Grants U").pay().tenureAverage().amount()).isEqualByComparingTo("150000");
        assertThat(of(r, "Guaranteed U").pay().tenureAverage().amount()).isEqualByComparingTo("183333.33");
        assertThat(of(r, "Guaranteed U").total()).isGreaterThan(of(r, "Grants U").total());
        assertThat(io.offerbench.text.ReasonWords.explain(of(r, "Grants U").component(io.offerbench.domain.Criterion.PAY)))
                .contains("(9 + 0 guaranteed summer months) / 9")
                .contains("2 summer months paid only from grants ($33,333 a year) not counted as pay");
    }
}
