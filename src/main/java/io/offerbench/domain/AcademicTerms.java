package io.offerbench.domain;

import java.math.BigDecimal;

/**
 * Terms only academic offers have. US faculty are paid a 9-month salary; summer salary adds up to
 * three ninths more, but usually only when the faculty member's grants pay it: {@code summerMonths}
 * is every summer month offered, {@code guaranteedSummerMonths} those the university pays whatever
 * the grants (the rest are grant-funded). The start-up package funds students and compute over
 * several years and is not personal income. Teaching load is in courses per year.
 */
public record AcademicTerms(BigDecimal nineMonthSalary, int summerMonths, BigDecimal startupPackage, int startupYears,
        BigDecimal teachingCoursesPerYear, int guaranteedSummerMonths) {

    public AcademicTerms {
        startupPackage = startupPackage == null ? BigDecimal.ZERO : startupPackage;
        teachingCoursesPerYear = teachingCoursesPerYear == null ? BigDecimal.ZERO : teachingCoursesPerYear;
        if (nineMonthSalary != null && nineMonthSalary.signum() < 0) {
            throw Refusal.of("academic.nineMonthNegative");
        }
        if (summerMonths < 0 || summerMonths > 3) {
            throw Refusal.of("academic.summerMonths");
        }
        if (startupPackage.signum() < 0) {
            throw Refusal.of("academic.startupNegative");
        }
        if (startupYears < 1 || startupYears > 10) {
            throw Refusal.of("academic.startupYears");
        }
        if (guaranteedSummerMonths < 0 || guaranteedSummerMonths > summerMonths) {
            throw Refusal.of("academic.guaranteedMonths", summerMonths, guaranteedSummerMonths);
        }
        if (teachingCoursesPerYear.signum() < 0 || teachingCoursesPerYear.compareTo(BigDecimal.valueOf(20)) > 0) {
            throw Refusal.of("academic.teachingLoad");
        }
    }

    /** Terms from before summer salary was split: every summer month grant-funded, as is usual. */
    public AcademicTerms(BigDecimal nineMonthSalary, int summerMonths, BigDecimal startupPackage, int startupYears,
            BigDecimal teachingCoursesPerYear) {
        this(nineMonthSalary, summerMonths, startupPackage, startupYears, teachingCoursesPerYear, 0);
    }

    /** The terms their fields' values describe; see {@link OfferValues}. */
    static AcademicTerms from(OfferValues v) {
        return new AcademicTerms(v.decimal(OfferField.NINE_MONTH_SALARY), v.integerOr(OfferField.SUMMER_MONTHS, 0),
                v.decimal(OfferField.STARTUP_PACKAGE), v.integerOr(OfferField.STARTUP_YEARS, 3),
                v.decimal(OfferField.TEACHING_COURSES_PER_YEAR), v.integerOr(OfferField.GUARANTEED_SUMMER_MONTHS, 0));
    }

    public static AcademicTerms none() {
        return new AcademicTerms(null, 0, BigDecimal.ZERO, 3, BigDecimal.ZERO, 0);
    }

    /** Summer months paid only if grants pay them: shown, but not counted as pay. */
    public int grantFundedSummerMonths() {
        return summerMonths - guaranteedSummerMonths;
    }

    public AcademicTerms withGuaranteedSummerMonths(int months) {
        return new AcademicTerms(nineMonthSalary, summerMonths, startupPackage, startupYears, teachingCoursesPerYear, months);
    }

    public boolean isEmpty() {
        return nineMonthSalary == null && startupPackage.signum() == 0 && teachingCoursesPerYear.signum() == 0;
    }
}
