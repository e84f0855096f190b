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
            throw new IllegalArgumentException("9-month salary cannot be negative");
        }
        if (summerMonths < 0 || summerMonths > 3) {
            throw new IllegalArgumentException("Summer salary covers 0 to 3 months");
        }
        if (startupPackage.signum() < 0) {
            throw new IllegalArgumentException("Start-up package cannot be negative");
        }
        if (startupYears < 1 || startupYears > 10) {
            throw new IllegalArgumentException("Start-up package is spent over 1 to 10 years");
        }
        if (guaranteedSummerMonths < 0 || guaranteedSummerMonths > summerMonths) {
            throw new IllegalArgumentException("guaranteed summer months must be between 0 and the summer months (" + summerMonths
                    + "), not " + guaranteedSummerMonths);
        }
        if (teachingCoursesPerYear.signum() < 0 || teachingCoursesPerYear.compareTo(BigDecimal.valueOf(20)) > 0) {
            throw new IllegalArgumentException("Teaching load must be between 0 and 20 courses a year");
        }
    }

    /** Terms from before summer salary was split: every summer month grant-funded, as is usual. */
    public AcademicTerms(BigDecimal nineMonthSalary, int summerMonths, BigDecimal startupPackage, int startupYears,
            BigDecimal teachingCoursesPerYear) {
        this(nineMonthSalary, summerMonths, startupPackage, startupYears, teachingCoursesPerYear, 0);
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
