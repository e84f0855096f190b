package io.offerbench.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An equity grant: its value at grant in the offer's currency, what kind of paper it is, how it vests,
 * an estimate of the yearly refresher grants that follow (zero when unknown), and for private equity
 * the company's stage and the multipliers the user set for this offer.
 *
 * @param stage       the company's stage, or null when not given
 * @param multipliers what one unit of value at grant counts as in each scenario for this offer, or null
 *                    for the stage's defaults
 */
public record EquityGrant(BigDecimal grantValue, EquityType type, VestingSchedule vesting, BigDecimal annualRefresher,
        CompanyStage stage, LiquidityMultipliers multipliers) {

    public EquityGrant {
        Objects.requireNonNull(grantValue, "grantValue");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(vesting, "vesting");
        annualRefresher = annualRefresher == null ? BigDecimal.ZERO : annualRefresher;
        if (grantValue.signum() < 0 || annualRefresher.signum() < 0) {
            throw Refusal.of("equity.negative");
        }
        if (type == EquityType.NONE && !(grantValue.signum() == 0 && annualRefresher.signum() == 0)) {
            // Callers refuse this with the user's words first (form, CSV, JSON); this only keeps the invariant.
            throw new IllegalArgumentException("NONE: grantValue=" + grantValue.toPlainString() + ", annualRefresher="
                    + annualRefresher.toPlainString());
        }
    }

    public EquityGrant(BigDecimal grantValue, EquityType type, VestingSchedule vesting, BigDecimal annualRefresher) {
        this(grantValue, type, vesting, annualRefresher, null, null);
    }

    /**
     * The grant its fields' values describe (none when they are all blank); see {@link OfferValues}. The schedule is
     * either complete or its text, read with the years and cliff. The offer's own bear / base / bull percentages are
     * all or none; readers refuse a partial or decreasing set in the user's words first, this keeps the rule.
     */
    static EquityGrant from(OfferValues v) {
        if (v.isBlank(OfferField.Section.EQUITY)) {
            return none();
        }
        Object schedule = v.schedule(OfferField.EQUITY_SCHEDULE);
        VestingSchedule vesting = schedule instanceof VestingSchedule complete ? complete
                : VestingSchedule.parse((String) schedule, v.integerOr(OfferField.EQUITY_YEARS, 4),
                        v.integerOr(OfferField.EQUITY_CLIFF_MONTHS, 0));
        Integer bear = v.integer(OfferField.EQUITY_BEAR);
        Integer base = v.integer(OfferField.EQUITY_BASE);
        Integer bull = v.integer(OfferField.EQUITY_BULL);
        LiquidityMultipliers multipliers = null;
        if (bear != null || base != null || bull != null) {
            if (bear == null || base == null || bull == null) {
                throw new IllegalArgumentException("equity_bear_percent, equity_base_percent, equity_bull_percent: all or none");
            }
            multipliers = LiquidityMultipliers.ofPercents(bear, base, bull);
        }
        return new EquityGrant(v.decimalOrZero(OfferField.EQUITY_TOTAL), v.codeOr(OfferField.EQUITY_TYPE, EquityType.class,
                EquityType.PUBLIC_RSU), vesting, v.decimal(OfferField.EQUITY_REFRESHER), v.code(OfferField.EQUITY_STAGE,
                CompanyStage.class), multipliers);
    }

    public static EquityGrant none() {
        return new EquityGrant(BigDecimal.ZERO, EquityType.PUBLIC_RSU, VestingSchedule.even(4, 0), BigDecimal.ZERO);
    }

    public boolean isEmpty() {
        return grantValue.signum() == 0 && annualRefresher.signum() == 0;
    }

    /** Private stock that may never become cash: valued per scenario, shown as a range. */
    public boolean isPrivate() {
        return type == EquityType.PRIVATE_EQUITY && !isEmpty();
    }

    /**
     * The multipliers this grant is valued with: face value for public stock (and no equity); for
     * private equity the offer's own, else its stage's defaults, else {@code notGiven} (the stage unknown).
     */
    public LiquidityMultipliers liquidity(LiquidityMultipliers notGiven) {
        if (type != EquityType.PRIVATE_EQUITY) {
            return CompanyStage.PUBLIC.defaults();
        }
        if (multipliers != null) {
            return multipliers;
        }
        return stage != null ? stage.defaults() : notGiven;
    }

    public EquityGrant withStage(CompanyStage newStage, LiquidityMultipliers own) {
        return new EquityGrant(grantValue, type, vesting, annualRefresher, newStage, own);
    }
}
