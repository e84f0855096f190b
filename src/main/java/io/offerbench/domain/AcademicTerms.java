package io.offerbench.domain;

import java.math.BigDecimal;

/**
 * Terms only academic offers have. US faculty are paid a 9-month salary; summer salary (usually
 * from grants) adds up to three ninths more; the start-up package funds students and compute over
 * several years and is not personal income. Teaching load is in courses per year.
 */
public record AcademicTerms(BigDecimal nineMonthSalary, int summerMonths, BigDecimal startupPackage, int startupYears,
        BigDecimal teachingCoursesPerYear) {

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
        if (teachingCoursesPerYear.signum() < 0 || teachingCoursesPerYear.compareTo(BigDecimal.valueOf(20)) > 0) {
            throw new IllegalArgumentException("Teaching load must be between 0 and 20 courses a year");
        }
    }

    public static AcademicTerms none() {
        return new AcademicTerms(null, 0, BigDecimal.ZERO, 3, BigDecimal.ZERO);
    }

    public boolean isEmpty() {
        return nineMonthSalary == null && startupPackage.signum() == 0 && teachingCoursesPerYear.signum() == 0;
    }
}
