package io.offerbench.domain;

import static io.offerbench.domain.OfferField.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An offer's fields as values, keyed by {@link OfferField}, and the one place an {@link Offer} is put together from
 * them. The editor, the CSV and comparison-file readers and the store each read their own text, cells or columns
 * into these values and call {@link #toOffer(long)}; so a new field is read by all of them once it has an
 * {@code OfferField} constant and a line below.
 *
 * <p>A value is what {@link OfferField#read} gives for that field, except {@link OfferField#ANNUAL_BONUS}, which
 * holds a {@link Bonus}, and {@link OfferField#EQUITY_SCHEDULE}, which holds either a complete
 * {@link VestingSchedule} or its text ("even", "5/15/40/40"), read with {@code EQUITY_YEARS} and
 * {@code EQUITY_CLIFF_MONTHS}. Null is "not given": the domain's default applies.
 */
public final class OfferValues {

    /** A section the domain refused (its rules tie fields together), with the refusal's reason. */
    public record Refusal(OfferField.Section section, String reason) {
    }

    /** Thrown by {@link #toOffer(long)}: every section that was refused, in the editor's order. */
    public static final class Refused extends IllegalArgumentException {
        private final transient List<Refusal> refusals;

        Refused(List<Refusal> refusals) {
            super(refusals.get(0).reason());
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    private final Map<OfferField, Object> values = new EnumMap<>(OfferField.class);
    private final List<Refusal> refusals = new ArrayList<>();

    public OfferValues put(OfferField field, Object value) {
        values.put(field, value);
        return this;
    }

    public Object get(OfferField field) {
        return values.get(field);
    }

    /** Whether no field of {@code section} has a value. */
    public boolean isBlank(OfferField.Section section) {
        return Arrays.stream(OfferField.values()).filter(f -> f.section() == section).allMatch(f -> values.get(f) == null);
    }

    /**
     * The offer these values describe.
     *
     * @throws Refused when the domain refuses one or more sections (a bonus given twice, shares not adding to 100)
     * @throws IllegalArgumentException when the offer as a whole is refused (no company)
     */
    public Offer toOffer(long id) {
        refusals.clear();
        Location location = section(Section.LOCATION, () -> new Location(text(CITY), text(COUNTRY), Boolean.TRUE.equals(get(REMOTE))));
        Compensation pay = section(Section.PAY, () -> {
            Bonus bonus = get(ANNUAL_BONUS) == null ? Bonus.none() : (Bonus) get(ANNUAL_BONUS);
            return new Compensation(decimal(BASE_SALARY), bonus.amount(), bonus.percentOfBase(), decimal(SIGN_ON_BONUS),
                    integerOr(SIGN_ON_YEARS, 1), decimal(RELOCATION));
        });
        EquityGrant equity = section(Section.EQUITY, () -> isBlank(Section.EQUITY) ? EquityGrant.none()
                : new EquityGrant(decimalOrZero(EQUITY_TOTAL), codeOr(EQUITY_TYPE, EquityType.PUBLIC_RSU), vesting(),
                        decimal(EQUITY_REFRESHER), (CompanyStage) get(EQUITY_STAGE), multipliers()));
        AcademicTerms academic = section(Section.ACADEMIC, () -> new AcademicTerms(decimal(NINE_MONTH_SALARY),
                integerOr(SUMMER_MONTHS, 0), decimal(STARTUP_PACKAGE), integerOr(STARTUP_YEARS, 3),
                decimal(TEACHING_COURSES_PER_YEAR), integerOr(GUARANTEED_SUMMER_MONTHS, 0)));
        Criteria criteria = section(Section.CRITERIA, () -> new Criteria(integer(RESEARCH_FREEDOM),
                (PublicationPolicy) get(PUBLICATION_POLICY), (ComputeAccess) get(COMPUTE_ACCESS), (TopicFit) get(TOPIC_FIT),
                integer(TEAM_FIT), integer(ROLE_CLARITY), integer(PRODUCT_CLOSENESS), integer(STABILITY),
                integer(HOURS_PER_WEEK), integer(COMMUTE_MINUTES), (VisaSupport) get(VISA_SUPPORT), integer(INTEREST),
                Boolean.TRUE.equals(get(PRODUCT_CLOSENESS_NOT_APPLICABLE))));
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        return Offer.builder().id(id).company(text(COMPANY)).roleTitle(text(ROLE)).type((OfferType) get(OFFER_TYPE))
                .seniority((Seniority) get(SENIORITY)).status((OfferStatus) get(STATUS)).deadline((LocalDate) get(DEADLINE))
                .location(location).currency((CurrencyCode) get(CURRENCY)).pay(pay).equity(equity).academic(academic)
                .criteria(criteria).notes(text(NOTES)).build();
    }

    /**
     * The offer's own bear / base / bull percentages as multipliers, or null when none is given (the stage's
     * defaults). Readers refuse a partial or decreasing set in the user's words first; this keeps the rule.
     */
    private LiquidityMultipliers multipliers() {
        Integer bear = integer(EQUITY_BEAR);
        Integer base = integer(EQUITY_BASE);
        Integer bull = integer(EQUITY_BULL);
        if (bear == null && base == null && bull == null) {
            return null;
        }
        if (bear == null || base == null || bull == null) {
            throw new IllegalArgumentException("equity_bear_percent, equity_base_percent, equity_bull_percent: all or none");
        }
        return LiquidityMultipliers.ofPercents(bear, base, bull);
    }

    private VestingSchedule vesting() {
        Object schedule = get(EQUITY_SCHEDULE);
        if (schedule instanceof VestingSchedule complete) {
            return complete;
        }
        return VestingSchedule.parse((String) schedule, integerOr(EQUITY_YEARS, 4), integerOr(EQUITY_CLIFF_MONTHS, 0));
    }

    private <T> T section(Section section, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            refusals.add(new Refusal(section, String.valueOf(e.getMessage())));
            return null;
        }
    }

    private String text(OfferField f) {
        return (String) get(f);
    }

    private BigDecimal decimal(OfferField f) {
        return (BigDecimal) get(f);
    }

    private BigDecimal decimalOrZero(OfferField f) {
        BigDecimal v = decimal(f);
        return v == null ? BigDecimal.ZERO : v;
    }

    private Integer integer(OfferField f) {
        return (Integer) get(f);
    }

    private int integerOr(OfferField f, int absent) {
        Integer v = integer(f);
        return v == null ? absent : v;
    }

    @SuppressWarnings("unchecked")
    private <E> E codeOr(OfferField f, E absent) {
        Object v = get(f);
        return v == null ? absent : (E) v;
    }
}
