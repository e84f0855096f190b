package io.offerbench.domain;

import java.util.Optional;
import java.util.function.Function;

/**
 * Every field of an offer, described once: its stable name (the CSV column, the comparison file's name, the store's
 * column and the name review mode reports changes by), the message key of its label, what kind of value it holds,
 * its bounds, the text a new offer's form starts with, and how to read it from an offer. The editor's form and its
 * limits, the CSV and comparison-file readers and writers, the store's row mapping, the change lists and the review
 * labels go over these constants by kind, and each record of the offer makes itself from their values
 * ({@code from(OfferValues)}, in the record's own file); so a new field is this constant (with its label in the
 * bundles), the record's component, the migration and the editor's FXML row (see docs/architecture.md, "Adding an
 * offer field"). {@code OfferFieldCoverageTest} fails on a record component no constant reads.
 */
public enum OfferField {
    COMPANY("company", "field.company", Kind.TEXT, Section.OFFER, 1, 200, "", true, Offer::company),
    ROLE("role", "field.role", Kind.TEXT, Section.OFFER, 0, 200, "", false, Offer::roleTitle),
    OFFER_TYPE("offer_type", "field.type", Kind.CODE, Section.OFFER, OfferType.class, OfferType.OTHER, Offer::type),
    SENIORITY("seniority", "field.seniority", Kind.CODE, Section.OFFER, Seniority.class, Seniority.NEW_GRAD_PHD, Offer::seniority),
    CITY("city", "field.city", Kind.TEXT, Section.LOCATION, 0, 200, "", false, o -> o.location().city()),
    COUNTRY("country", "field.country", Kind.TEXT, Section.LOCATION, 0, 200, "", false, o -> o.location().country()),
    REMOTE("remote", "field.remote", Kind.YES_NO, Section.LOCATION, 0, 0, "no", false, o -> o.location().remote()),
    CURRENCY("currency", "field.currency", Kind.CURRENCY, Section.PAY, 0, 0, "USD", true, Offer::currency),
    BASE_SALARY("base_salary", "field.baseSalary", Kind.AMOUNT, Section.PAY, 0, 0, "", true, o -> o.pay().baseSalary()),
    ANNUAL_BONUS("annual_bonus", "field.annualBonus", Kind.BONUS, Section.PAY, 0, 1000, "", false,
            o -> Bonus.of(o.pay())),
    SIGN_ON_BONUS("sign_on_bonus", "field.signOnBonus", Kind.AMOUNT, Section.PAY, 0, 0, "", false, o -> o.pay().signOnBonus()),
    SIGN_ON_YEARS("sign_on_years", "field.signOnYears", Kind.INTEGER, Section.PAY, 1, 10, "1", false, o -> o.pay().signOnYears()),
    RELOCATION("relocation", "field.relocation", Kind.AMOUNT, Section.PAY, 0, 0, "", false, o -> o.pay().relocation()),
    EQUITY_TOTAL("equity_total", "field.equityValue", Kind.AMOUNT, Section.EQUITY, 0, 0, "", false, o -> o.equity().grantValue()),
    EQUITY_TYPE("equity_type", "field.equityType", Kind.CODE, Section.EQUITY, EquityType.class, EquityType.PUBLIC_RSU,
            o -> o.equity().type()),
    EQUITY_YEARS("equity_years", "field.equityYears", Kind.INTEGER, Section.EQUITY, 1, 10, "4", false,
            o -> o.equity().vesting().years()),
    EQUITY_CLIFF_MONTHS("equity_cliff_months", "field.cliffMonths", Kind.INTEGER, Section.EQUITY, 0, 120, "12", false,
            o -> o.equity().vesting().cliffMonths()),
    EQUITY_SCHEDULE("equity_schedule", "field.schedule", Kind.SCHEDULE, Section.EQUITY, 0, 0, "even", false,
            o -> o.equity().vesting()),
    EQUITY_REFRESHER("equity_refresher", "field.refresher", Kind.AMOUNT, Section.EQUITY, 0, 0, "", false,
            o -> o.equity().annualRefresher()),
    EQUITY_STAGE("equity_stage", "field.equityStage", Kind.CODE, Section.EQUITY, CompanyStage.class, null,
            o -> o.equity().stage()),
    EQUITY_BEAR("equity_bear_percent", "field.equityBear", Kind.PERCENT, Section.EQUITY, 0, 1000, "", false,
            o -> percent(o.equity(), LiquidityScenario.BEAR)),
    EQUITY_BASE("equity_base_percent", "field.equityBase", Kind.PERCENT, Section.EQUITY, 0, 1000, "", false,
            o -> percent(o.equity(), LiquidityScenario.BASE)),
    EQUITY_BULL("equity_bull_percent", "field.equityBull", Kind.PERCENT, Section.EQUITY, 0, 1000, "", false,
            o -> percent(o.equity(), LiquidityScenario.BULL)),
    NINE_MONTH_SALARY("nine_month_salary", "field.nineMonthSalary", Kind.AMOUNT, Section.ACADEMIC, 0, 0, "", false,
            o -> o.academic().nineMonthSalary()),
    SUMMER_MONTHS("summer_months", "field.summerMonths", Kind.INTEGER, Section.ACADEMIC, 0, 3, "0", false,
            o -> o.academic().summerMonths()),
    GUARANTEED_SUMMER_MONTHS("guaranteed_summer_months", "field.guaranteedSummerMonths", Kind.INTEGER, Section.ACADEMIC, 0, 3,
            "0", false, o -> o.academic().guaranteedSummerMonths()),
    STARTUP_PACKAGE("startup_package", "field.startupPackage", Kind.AMOUNT, Section.ACADEMIC, 0, 0, "", false,
            o -> o.academic().startupPackage()),
    STARTUP_YEARS("startup_years", "field.startupYears", Kind.INTEGER, Section.ACADEMIC, 1, 10, "3", false,
            o -> o.academic().startupYears()),
    TEACHING_COURSES_PER_YEAR("teaching_courses_per_year", "field.teachingLoad", Kind.DECIMAL, Section.ACADEMIC, 0, 20, "",
            false, o -> o.academic().teachingCoursesPerYear()),
    RESEARCH_FREEDOM("research_freedom", "field.researchFreedom", Kind.PERCENT, Section.CRITERIA, 0, 100, "", false,
            o -> o.criteria().researchFreedomPercent()),
    PUBLICATION_POLICY("publication_policy", "field.publication", Kind.CODE, Section.CRITERIA, PublicationPolicy.class, null,
            o -> o.criteria().publicationPolicy()),
    COMPUTE_ACCESS("compute_access", "field.compute", Kind.CODE, Section.CRITERIA, ComputeAccess.class, null,
            o -> o.criteria().computeAccess()),
    TOPIC_FIT("topic_fit", "field.topicFit", Kind.CODE, Section.CRITERIA, TopicFit.class, null, o -> o.criteria().topicFit()),
    INTEREST("interest", "field.interest", Kind.RATING, Section.CRITERIA, 1, 5, "", false, o -> o.criteria().interest()),
    TEAM_FIT("team_fit", "field.teamFit", Kind.RATING, Section.CRITERIA, 1, 5, "", false, o -> o.criteria().teamFit()),
    ROLE_CLARITY("role_clarity", "field.roleClarity", Kind.RATING, Section.CRITERIA, 1, 5, "", false,
            o -> o.criteria().roleClarity()),
    PRODUCT_CLOSENESS("product_closeness", "field.productCloseness", Kind.RATING, Section.CRITERIA, 1, 5, "", false,
            o -> o.criteria().productCloseness()),
    PRODUCT_CLOSENESS_NOT_APPLICABLE("product_closeness_not_applicable", "field.productClosenessNotApplicable", Kind.YES_NO,
            Section.CRITERIA, 0, 0, "no", false, o -> o.criteria().productClosenessNotApplicable()),
    STABILITY("stability", "field.stability", Kind.RATING, Section.CRITERIA, 1, 5, "", false, o -> o.criteria().stability()),
    HOURS_PER_WEEK("hours_per_week", "field.hoursPerWeek", Kind.INTEGER, Section.CRITERIA, 1, 120, "", false,
            o -> o.criteria().hoursPerWeek()),
    COMMUTE_MINUTES("commute_minutes", "field.commuteMinutes", Kind.INTEGER, Section.CRITERIA, 0, 300, "", false,
            o -> o.criteria().commuteMinutes()),
    VISA_SUPPORT("visa_support", "field.visa", Kind.CODE, Section.CRITERIA, VisaSupport.class, null,
            o -> o.criteria().visaSupport()),
    STATUS("status", "field.status", Kind.CODE, Section.OFFER, OfferStatus.class, OfferStatus.CONSIDERING, Offer::status),
    DEADLINE("deadline", "field.deadline", Kind.DATE, Section.OFFER, 0, 0, "", false, Offer::deadline),
    NOTES("notes", "field.notes", Kind.MULTILINE_TEXT, Section.NOTES, 0, 20_000, "", false, Offer::notes);

    /** What a field holds, which decides how it is parsed, written to a file and shown in a change list. */
    public enum Kind {
        /** One line of text; bounds are its length. */
        TEXT,
        /** Text with line breaks; bounds are its length. */
        MULTILINE_TEXT,
        /** One constant of a {@link Coded} enum, written by its code. */
        CODE,
        /** A money amount in the offer's currency, zero or more. */
        AMOUNT,
        /** An amount, or a percent of base salary ("15%"); bounds are the percent's. */
        BONUS,
        /** A whole number within the bounds. */
        INTEGER,
        /** A number with up to two decimals within the bounds. */
        DECIMAL,
        /** A whole percent within the bounds. */
        PERCENT,
        /** A rating from the bounds' low to high (1 to 5). */
        RATING,
        /** A calendar date. */
        DATE,
        /** Yes or no. */
        YES_NO,
        /** A three-letter currency code. */
        CURRENCY,
        /** A vesting schedule: "even" or yearly percentages. */
        SCHEDULE
    }

    /** The part of the offer a field belongs to; change lists follow this order, as the editor does. */
    public enum Section { OFFER, LOCATION, PAY, EQUITY, ACADEMIC, CRITERIA, NOTES }

    private final String key;
    private final String labelKey;
    private final Kind kind;
    private final Section section;
    private final int min;
    private final int max;
    private final String initialText;
    private final boolean required;
    private final Class<? extends Enum<?>> codes;
    private final Enum<?> initialCode;
    private final Function<Offer, Object> read;

    OfferField(String key, String labelKey, Kind kind, Section section, int min, int max, String initialText, boolean required,
            Function<Offer, Object> read) {
        this.key = key;
        this.labelKey = labelKey;
        this.kind = kind;
        this.section = section;
        this.min = min;
        this.max = max;
        this.initialText = initialText;
        this.required = required;
        this.codes = null;
        this.initialCode = null;
        this.read = read;
    }

    <E extends Enum<E> & Coded> OfferField(String key, String labelKey, Kind kind, Section section, Class<E> codes, E initial,
            Function<Offer, Object> read) {
        this.key = key;
        this.labelKey = labelKey;
        this.kind = kind;
        this.section = section;
        this.min = 0;
        this.max = 0;
        this.initialText = initial == null ? "" : initial.code();
        this.required = false;
        this.codes = codes;
        this.initialCode = initial;
        this.read = read;
    }

    /** The stable name: the CSV column's header and the name a change is reported by. Never renamed. */
    public String key() {
        return key;
    }

    /** The message key of the field's label, as the editor shows it. */
    public String labelKey() {
        return labelKey;
    }

    public Kind kind() {
        return kind;
    }

    public Section section() {
        return section;
    }

    /** Low bound: shortest text, smallest number or lowest rating. */
    public int min() {
        return min;
    }

    /** High bound: longest text, largest number, highest rating or largest bonus percent; 0 when unbounded. */
    public int max() {
        return max;
    }

    /** Must be given: an offer without it cannot be saved or imported. */
    public boolean required() {
        return required;
    }

    /** What the field of a new offer's form holds before the user types ("" for blank). */
    public String initialText() {
        return initialText;
    }

    /** For {@link Kind#CODE}: the enum its values come from. */
    public Optional<Class<? extends Enum<?>>> codes() {
        return Optional.ofNullable(codes);
    }

    /** For {@link Kind#CODE}: the constant a new offer starts with, or null for "not chosen" (and for other kinds). */
    public Enum<?> initialCode() {
        return initialCode;
    }

    /** For {@link Kind#CODE}: the constant a new offer starts with, or null for "not chosen". */
    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> E initialCode(Class<E> type) {
        if (codes != type) {
            throw new IllegalArgumentException(key + " holds " + (codes == null ? kind : codes.getSimpleName()));
        }
        return (E) initialCode;
    }

    /**
     * The field's value in {@code offer}, as the record holds it: a String, BigDecimal, Integer,
     * Boolean, LocalDate, CurrencyCode, Coded constant, VestingSchedule, or (for the bonus) a
     * {@link Bonus}, either an amount or a percent of base.
     */
    public Object read(Offer offer) {
        return read.apply(offer);
    }

    /** The offer's own multiplier for a scenario as a whole percent of the value at grant, or null for the stage's default. */
    private static Integer percent(EquityGrant e, LiquidityScenario scenario) {
        return e.multipliers() == null ? null
                : e.multipliers().multiplier(scenario).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }

    /** A field by its stable name, if it is one. */
    public static Optional<OfferField> byKey(String key) {
        for (OfferField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
