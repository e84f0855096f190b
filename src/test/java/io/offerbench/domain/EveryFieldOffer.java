package io.offerbench.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One offer with a value in every {@link OfferField}, none of them what a blank field gives: the tests that check an
 * offer's fields travel everywhere (records, store, CSV, comparison file) start from it, so a new field that is not
 * given a value here fails {@code OfferFieldCoverageTest} first, and one that is given a value is then checked on
 * every road by {@code EveryFieldTravelsTest}.
 */
public final class EveryFieldOffer {

    private EveryFieldOffer() {
    }

    /** A value for every field, none of them what a blank field gives. */
    public static Map<OfferField, Object> values() {
        Map<OfferField, Object> v = new EnumMap<>(OfferField.class);
        v.put(OfferField.COMPANY, "Helix AI");
        v.put(OfferField.ROLE, "Research Scientist");
        v.put(OfferField.OFFER_TYPE, OfferType.AI_STARTUP);
        v.put(OfferField.SENIORITY, Seniority.POSTDOC);
        v.put(OfferField.CITY, "Boston");
        v.put(OfferField.COUNTRY, "US");
        v.put(OfferField.REMOTE, true);
        v.put(OfferField.CURRENCY, CurrencyCode.CNY);
        v.put(OfferField.BASE_SALARY, new BigDecimal("300000"));
        v.put(OfferField.ANNUAL_BONUS, new Bonus(new BigDecimal("30000"), null));
        v.put(OfferField.SIGN_ON_BONUS, new BigDecimal("50000"));
        v.put(OfferField.SIGN_ON_YEARS, 2);
        v.put(OfferField.RELOCATION, new BigDecimal("10000"));
        v.put(OfferField.EQUITY_TOTAL, new BigDecimal("400000"));
        v.put(OfferField.EQUITY_TYPE, EquityType.PRIVATE_EQUITY);
        v.put(OfferField.EQUITY_YEARS, 4);
        v.put(OfferField.EQUITY_CLIFF_MONTHS, 12);
        v.put(OfferField.EQUITY_SCHEDULE, "10/20/30/40");
        v.put(OfferField.EQUITY_REFRESHER, new BigDecimal("20000"));
        v.put(OfferField.EQUITY_STAGE, CompanyStage.GROWTH);
        v.put(OfferField.EQUITY_BEAR, 10);
        v.put(OfferField.EQUITY_BASE, 50);
        v.put(OfferField.EQUITY_BULL, 200);
        v.put(OfferField.NINE_MONTH_SALARY, new BigDecimal("150000"));
        v.put(OfferField.SUMMER_MONTHS, 2);
        v.put(OfferField.GUARANTEED_SUMMER_MONTHS, 1);
        v.put(OfferField.STARTUP_PACKAGE, new BigDecimal("500000"));
        v.put(OfferField.STARTUP_YEARS, 5);
        v.put(OfferField.TEACHING_COURSES_PER_YEAR, new BigDecimal("2.5"));
        v.put(OfferField.RESEARCH_FREEDOM, 60);
        v.put(OfferField.PUBLICATION_POLICY, PublicationPolicy.REVIEW_BEFORE_PUBLISHING);
        v.put(OfferField.COMPUTE_ACCESS, ComputeAccess.GENEROUS);
        v.put(OfferField.TOPIC_FIT, TopicFit.GENAI_ADJACENT);
        v.put(OfferField.INTEREST, 4);
        v.put(OfferField.TEAM_FIT, 3);
        v.put(OfferField.ROLE_CLARITY, 2);
        v.put(OfferField.PRODUCT_CLOSENESS, 5);
        v.put(OfferField.PRODUCT_CLOSENESS_NOT_APPLICABLE, false);
        v.put(OfferField.STABILITY, 4);
        v.put(OfferField.HOURS_PER_WEEK, 45);
        v.put(OfferField.COMMUTE_MINUTES, 20);
        v.put(OfferField.VISA_SUPPORT, VisaSupport.PARTIAL);
        v.put(OfferField.STATUS, OfferStatus.NEGOTIATING);
        v.put(OfferField.DEADLINE, LocalDate.of(2027, 1, 15));
        v.put(OfferField.NOTES, "Two lines\nof notes");
        return v;
    }

    /** The offer those values make, with the given row id. */
    public static Offer offer(long id) {
        return offer(values(), id);
    }

    /** The offer {@code fields} make (as the editor and the readers make one), with the given row id. */
    public static Offer offer(Map<OfferField, Object> fields, long id) {
        OfferValues values = new OfferValues();
        fields.forEach(values::put);
        return values.toOffer(id);
    }
}
