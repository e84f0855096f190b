package io.offerbench.scoring;

import io.offerbench.domain.VestingSchedule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Vesting arithmetic, as fractions of a grant (0..1) per year.
 *
 * <p>Initial grant: each year's percentage accrues evenly month by month within that year; nothing is
 * released before the cliff, and the cliff month releases everything accrued so far. So a 12-month
 * cliff on an even 4-year grant releases 25% in year 1, and an 18-month cliff releases nothing in
 * year 1 and 50% in year 2.
 *
 * <p>Refreshers (OfferBench's rule, since offers rarely spell it out): one refresher is granted at the
 * end of every year worked and vests evenly, without a cliff, over the same number of years as the
 * initial grant, starting the following year. Year y therefore receives min(y - 1, V) / V of one
 * year's refresher, reaching a full refresher a year from year V + 1 on (the steady state).
 */
public final class EquityVesting {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private EquityVesting() {
    }

    /** Fraction of the initial grant released in each of years 1..horizon. */
    public static List<BigDecimal> initialGrantFractions(VestingSchedule schedule, int horizon) {
        List<BigDecimal> out = new ArrayList<>();
        for (int year = 1; year <= horizon; year++) {
            BigDecimal released = released(schedule, 12 * year).subtract(released(schedule, 12 * (year - 1)));
            out.add(released.divide(HUNDRED, MC));
        }
        return out;
    }

    /** Fraction of one year's refresher that vests in the given year (see class comment). */
    public static BigDecimal refresherFraction(int vestingYears, int year) {
        int vestingGrants = Math.min(Math.max(year - 1, 0), vestingYears);
        return BigDecimal.valueOf(vestingGrants).divide(BigDecimal.valueOf(vestingYears), MC);
    }

    /** Percent of the grant released by the end of month {@code month}, honouring the cliff. */
    static BigDecimal released(VestingSchedule schedule, int month) {
        if (month <= 0 || month < schedule.cliffMonths()) {
            return BigDecimal.ZERO;
        }
        return accrued(schedule, month);
    }

    private static BigDecimal accrued(VestingSchedule schedule, int month) {
        List<BigDecimal> percents = schedule.yearlyPercents();
        int fullYears = Math.min(month / 12, percents.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < fullYears; i++) {
            sum = sum.add(percents.get(i));
        }
        if (fullYears < percents.size()) {
            BigDecimal partial = percents.get(fullYears).multiply(BigDecimal.valueOf(month % 12)).divide(TWELVE, 10, RoundingMode.HALF_EVEN);
            sum = sum.add(partial);
        }
        return sum;
    }
}
