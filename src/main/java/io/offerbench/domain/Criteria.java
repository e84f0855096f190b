package io.offerbench.domain;

/**
 * The non-monetary factors the source documents show matter when choosing between offers. Every
 * field may be null, meaning "not known yet"; scoring then treats it as neutral and says so.
 *
 * @param researchFreedomPercent share of time on self-directed research, 0 to 100
 * @param teamFit                how well the student resonated with the team, 1 (poorly) to 5 (very well)
 * @param roleClarity            how clearly the employer said what the student would do, 1 to 5
 * @param productCloseness       how central the team is to the core product, 1 (side project) to 5 (core)
 * @param stability              how stable the employer is, 1 (very risky) to 5 (very stable)
 * @param hoursPerWeek           expected working hours per week
 * @param commuteMinutes         one-way commute in minutes (0 when remote)
 * @param interest               the student's own interest in this work, 1 (little) to 5 (great): apart from the
 *                               market's demand for the topic ({@code topicFit})
 * @param productClosenessNotApplicable closeness to a product does not apply (a university, say): left out like a
 *                               blank, but no missing answer
 */
public record Criteria(
        Integer researchFreedomPercent,
        PublicationPolicy publicationPolicy,
        ComputeAccess computeAccess,
        TopicFit topicFit,
        Integer teamFit,
        Integer roleClarity,
        Integer productCloseness,
        Integer stability,
        Integer hoursPerWeek,
        Integer commuteMinutes,
        VisaSupport visaSupport,
        Integer interest,
        boolean productClosenessNotApplicable) {

    public Criteria {
        checkRange(Criterion.RESEARCH_FREEDOM, researchFreedomPercent, 0, 100);
        checkRange(Criterion.TEAM_FIT, teamFit, 1, 5);
        checkRange(Criterion.ROLE_CLARITY, roleClarity, 1, 5);
        checkRange(Criterion.PRODUCT_CLOSENESS, productCloseness, 1, 5);
        checkRange(Criterion.STABILITY, stability, 1, 5);
        checkRange(Criterion.HOURS, hoursPerWeek, 1, 120);
        checkRange(Criterion.COMMUTE, commuteMinutes, 0, 300);
        checkRange(Criterion.INTEREST, interest, 1, 5);
        if (productClosenessNotApplicable) {
            productCloseness = null;
        }
    }

    /** Criteria from before the student's interest and "not applicable" existed. */
    public Criteria(Integer researchFreedomPercent, PublicationPolicy publicationPolicy, ComputeAccess computeAccess,
            TopicFit topicFit, Integer teamFit, Integer roleClarity, Integer productCloseness, Integer stability,
            Integer hoursPerWeek, Integer commuteMinutes, VisaSupport visaSupport) {
        this(researchFreedomPercent, publicationPolicy, computeAccess, topicFit, teamFit, roleClarity, productCloseness,
                stability, hoursPerWeek, commuteMinutes, visaSupport, null, false);
    }

    public Criteria withInterest(Integer value) {
        return new Criteria(researchFreedomPercent, publicationPolicy, computeAccess, topicFit, teamFit, roleClarity,
                productCloseness, stability, hoursPerWeek, commuteMinutes, visaSupport, value, productClosenessNotApplicable);
    }

    public Criteria withProductClosenessNotApplicable(boolean notApplicable) {
        return new Criteria(researchFreedomPercent, publicationPolicy, computeAccess, topicFit, teamFit, roleClarity,
                productCloseness, stability, hoursPerWeek, commuteMinutes, visaSupport, interest, notApplicable);
    }

    /** The criteria their fields' values describe; see {@link OfferValues}. */
    static Criteria from(OfferValues v) {
        return new Criteria(v.integer(OfferField.RESEARCH_FREEDOM),
                v.code(OfferField.PUBLICATION_POLICY, PublicationPolicy.class), v.code(OfferField.COMPUTE_ACCESS, ComputeAccess.class),
                v.code(OfferField.TOPIC_FIT, TopicFit.class), v.integer(OfferField.TEAM_FIT), v.integer(OfferField.ROLE_CLARITY),
                v.integer(OfferField.PRODUCT_CLOSENESS), v.integer(OfferField.STABILITY), v.integer(OfferField.HOURS_PER_WEEK),
                v.integer(OfferField.COMMUTE_MINUTES), v.code(OfferField.VISA_SUPPORT, VisaSupport.class),
                v.integer(OfferField.INTEREST), v.yes(OfferField.PRODUCT_CLOSENESS_NOT_APPLICABLE));
    }

    public static Criteria unknown() {
        return new Criteria(null, null, null, null, null, null, null, null, null, null, null, null, false);
    }

    private static void checkRange(Criterion what, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw Refusal.of("criterionRange", what, min, max, value);
        }
    }
}
